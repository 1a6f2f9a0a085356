# upper, lower, title, capitalize, swapcase-free case tests.
s = "hello WORLD, it's 3pm"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "123".isupper(), "a1".islower())
print("".upper() == "", "ß".upper(), "ǅ".lower())
