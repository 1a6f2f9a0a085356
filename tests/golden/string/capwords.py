import string
print(string.capwords("hello   wORLD  foo"))
print(string.capwords("a-b-c", "-"), repr(string.capwords(" x y ")), repr(string.capwords("")))
print(string.capwords("o'neil's café", " "))
