# Operator methods of built-in values as attributes, with NotImplemented where the operator would not apply.
print((7).__neg__(), (2.5).__add__(1), "ab".__len__(), [1].__len__(), int.__add__(2, 3))
print((5).__radd__(3), (5).__rsub__(3), (2).__pow__(10), (7).__floordiv__(2), (7.5).__mod__(2))
print((3).__lt__(4), (3).__lt__("a"), (3.5).__ge__(3), "a".__lt__("b"), [1].__lt__([2]))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (~5), (5).__invert__())
print("ab".__mul__(3), [0].__rmul__(2), (1, 2).__mul__(2), "%d-%s".__mod__((1, "x")))
print((0).__bool__(), (0.5).__bool__(), (-3).__abs__(), (-2.5).__abs__(), (3).__pos__())
print({1, 2}.__sub__({2}), {1}.__le__({1, 2}), {1, 2}.__or__({3}))
print((1).__truediv__(0) if False else "skip", (3).__add__(1.5), (1.5).__radd__(2))
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int.__mul__(6, 7), float.__sub__(1.0, 0.25), sorted([3, 1, 2], key=(10).__sub__))
print(list(map((2).__mul__, [1, 2, 3])), list(map(int.__neg__, [1, -2])))
try:
    int.__neg__("x")
except TypeError as e:
    print("TypeError:", e)
