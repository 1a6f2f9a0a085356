from collections import namedtuple
A = namedtuple("A", "a b c")
B = namedtuple("B", "a, b,c")
print(A(1, 2, 3), B(4, 5, 6))
