from collections import namedtuple
T = namedtuple("T", ["abc", "def", "abc", "_x", "1y"], rename=True)
print(T._fields)
