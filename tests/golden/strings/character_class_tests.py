# isdigit, isalpha, isspace and friends, including the empty string.
for s in ["123", "abc", "a1", "", " \t\n", "ABC", "Abc", "٣", "½", "é"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
