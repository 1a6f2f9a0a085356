class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return "Celsius(" + float.__repr__(self) + ")"
c = Celsius(100)
print(c, c.to_f(), type(c.to_f()).__name__)
print(c + 1, type(c + 1).__name__, c == 100.0, c > 50)
print(isinstance(c, float), float(c), str(c))
print(f"{c:.1f}", round(c), int(c))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(str(v) + " is odd")
        return super().__new__(cls, v)
e = Even(4)
print(e, e + 1, type(e).__name__, type(e + 1).__name__, e * 2)
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)
class Flag(int):
    def __str__(self):
        return "Flag" + int.__repr__(self)
f = Flag(7)
print(f, repr(f), f"{f}", str(f), [f], f & 3)
print(hash(Flag(7)) == hash(7), {Flag(7): "a"}[7])
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    def __repr__(self):
        return "$" + str(int(self))
print(repr(Money(2) + 3), repr(3 + Money(2)))
