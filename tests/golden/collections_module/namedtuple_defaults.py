from collections import namedtuple
Node = namedtuple("Node", "value left right", defaults=[None, None])
print(Node(1))
print(Node(1, Node(2)))
print(Node._field_defaults)
try:
    namedtuple("X", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
