# Subclasses of built-in classes inherit their operators: the base's method answers before a reflected one, in-place operators keep the instance, and %-formatting sees the subclass's __str__.
class R(str):
    def __lt__(self, o): return str.__gt__(self, o)
print(R("b") > R("a"), R("b") > "a", "b" > R("a"), max(R("a"), R("b")))
class J(int):
    def __lt__(self, o): return int.__gt__(self, o)
print(J(2) > J(1), max(J(1), J(2)))
class J(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(J(1) != J(2), J(1) == J(2))
class S(str):
    def __le__(self, o): return "LE"
print(S("b") >= S("a"), S("a") <= S("b"))
class Stack(list): pass
s = Stack("ab")
r = s.__imul__(2)
print(type(r).__name__, r is s, s)
t = Stack("xy")
t += [1]
print(type(t).__name__)
class Loud(str):
    def __str__(self): return self.upper()
print(str.__mod__("%s", Loud("hi")))
