# CPython: "assignment expression within a comprehension cannot be used in a class body".
class Table:
    rows = [(last := i) for i in range(3)]
