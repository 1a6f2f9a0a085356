class Temp:
    unit = "C"
    def __init__(self, v):
        self.v = v
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

class Kelvin(Temp):
    unit = "K"

print(Temp.c_to_f(100), Temp(1).c_to_f(0))
t = Temp.from_f(212)
print(type(t).__name__, t.v)
k = Kelvin.from_f(32)
print(type(k).__name__, k.v)
print(Temp.describe(), Kelvin.describe(), k.describe())
print(type(Temp.__dict__["c_to_f"]).__name__, type(Temp.__dict__["from_f"]).__name__)
print(Temp.__dict__["c_to_f"].__func__(10))
print(Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)
sm = staticmethod(len)
print(sm("abc"))
def helper(x):
    return x * 2
class H:
    h = staticmethod(helper)
    g = classmethod(lambda cls, y: cls.__name__ + str(y))
print(H.h(4), H().h(5), H.g(1), H().g(2))
