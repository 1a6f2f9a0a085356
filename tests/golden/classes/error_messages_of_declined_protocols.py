# The messages CPython gives when a class declines a protocol: __iter__ set
# to None, a class attribute of a slotted class, arguments to object.__new__.
class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


for f in [lambda: iter(NoIter()), lambda: [x for x in NoIter()]]:
    try:
        f()
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ("a",)
    X = 10


s = Slotted()
s.a = 1
try:
    s.X = 5
except AttributeError as e:
    print(e)
try:
    s.b = 5
except AttributeError as e:
    print(e)


class T:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, n):
        self.n = n


print(T(1).n)
try:
    object.__new__(T, 1, 2)
except TypeError as e:
    print(e)
try:
    super(T, T).__new__(T, 1)
except TypeError as e:
    print(e)
