class Node:
    def __init__(self):
        self.other = None
    def __repr__(self):
        return "Node(" + repr(self.other) + ")"
a = Node()
b = Node()
a.other = b
print(repr(a))
b.other = a
try:
    repr(a)
except RecursionError as e:
    print(type(e).__name__)
    print(str(e).startswith("maximum recursion depth exceeded"))
try:
    print(a)
except RecursionError as e:
    print(type(e).__name__)
try:
    str([a])
except RecursionError as e:
    print(type(e).__name__)
print("recovered")
