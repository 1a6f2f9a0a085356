import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern("".join(["ab", "c"]))
print(s, s == "abc")
try:
    sys.intern(3)
except TypeError as e:
    print("TypeError", e)
