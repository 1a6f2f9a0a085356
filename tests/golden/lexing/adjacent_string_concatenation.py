# Adjacent string literals are joined at compile time, across lines in brackets.
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     'three')
print(t)
print("a" r"\n" "b")
x = 5
print("value: " f"{x}" " end")
print(len("ab" "cd"))
