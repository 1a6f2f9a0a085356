class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Base.__eq__({type(self).__name__}, {type(other).__name__})")
        if isinstance(other, Base):
            return self.v == other.v
        return NotImplemented
    def __add__(self, other):
        print("  Base.__add__")
        return type(self)(self.v + getattr(other, "v", other))
    def __radd__(self, other):
        print("  Base.__radd__")
        return type(self)(other + self.v)
    def __lt__(self, other):
        print("  Base.__lt__")
        return self.v < other.v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Derived(Base):
    def __radd__(self, other):
        print("  Derived.__radd__")
        return Derived(getattr(other, "v", other) * 100 + self.v)
    def __eq__(self, other):
        print("  Derived.__eq__")
        return NotImplemented

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)

class Acc:
    def __init__(self):
        self.total = 0
    def __add__(self, x):
        a = Acc()
        a.total = self.total + x
        return a

class BadStr:
    def __str__(self):
        return 42

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"

class Flags:
    def __init__(self, bits):
        self.bits = bits
    def __or__(self, o):
        return Flags(self.bits | o.bits)
    def __and__(self, o):
        return Flags(self.bits & o.bits)
    def __xor__(self, o):
        return Flags(self.bits ^ o.bits)
    def __invert__(self):
        return Flags(~self.bits & 0xF)
    def __lshift__(self, n):
        return Flags(self.bits << n)
    def __contains__(self, o):
        return self.bits & o.bits == o.bits
    def __repr__(self):
        return f"Flags({self.bits:04b})"

def main():
    b, d = Base(1), Derived(2)
    print(b + d)
    print(5 + b)
    print(b == d)
    print(d == b)
    print(Base(3) == 3)
    print(b > Base(0))
    print(Base(1) < Base(2) < Base(3))
    print(bool(Sized(0)), bool(Sized(3)), not Sized(0))
    print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)])
    print(3 in Bag(1, 2, 3), 4 in Bag(1, 2), 4 not in Bag())
    a = Acc()
    a += 5
    a += 7
    print(a.total)
    try:
        str(BadStr())
    except TypeError as e:
        print("TypeError:", e)
    try:
        len(Sized(-1))
    except ValueError as e:
        print("ValueError:", e)
    print(str(OnlyRepr()), OnlyRepr(), [OnlyRepr()], f"{OnlyRepr()}")
    r, w, x = Flags(4), Flags(2), Flags(1)
    rw = r | w
    print(rw, rw & w, rw ^ r, ~rw, x << 3, w in rw, x in rw)
    try:
        format(Bag(), ">10")
    except TypeError as e:
        print("TypeError:", e)
    print(format(OnlyRepr(), ""), "%s|%r" % (OnlyRepr(), OnlyRepr()))
    print(hash(-1), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
    print(int.__add__(3, 4), str.__len__("abc"), list.__getitem__([1, 2], 1), Base.__repr__(d))

if __name__ == "__main__":
    main()
