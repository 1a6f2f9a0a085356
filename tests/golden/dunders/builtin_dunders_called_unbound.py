# Dunder methods of built-in classes called through the class, as CPython's
# slot wrappers: format with a spec, repr, contains, iter, conversions.
class Pair(tuple):
    pass


class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)


class Text(str):
    def __contains__(self, item):
        return super().__contains__(item.lower())


print(float.__format__(1.5, ".2f"), str.__format__("ab", ">4"), int.__format__(5, "03"))
print(f"{Money(3.5):.2f}", "x" in Text("axb"), "X" in Text("axb"), "q" in Text("ab"))
print(tuple.__repr__(Pair((1, 2))), tuple.__repr__((3,)), set.__repr__({1}))
print(frozenset.__repr__(frozenset()), frozenset.__repr__(frozenset([2])), type.__repr__(int))
print(str.__contains__("abc", "b"), tuple.__contains__((1,), 2), "s".__contains__("s"))
print(next(str.__iter__("ab")), list({3}.__iter__()))
print(float.__int__(2.7), float.__int__(-2.7), int.__float__(2), True.__index__(), (7).__index__())
print((2.5).__float__(), (3).__int__(), hasattr(3.5, "__int__"), hasattr("s", "__contains__"))
for f in [lambda: float.__int__(float("nan")), lambda: float.__int__(float("inf"))]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
