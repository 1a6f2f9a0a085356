class Settings:
    def __init__(self, **kw):
        self._d = dict(kw)
    def keys(self):
        return sorted(self._d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self.keys())
    def __len__(self):
        return len(self._d)

class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, self.b))

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __divmod__(self, other):
        return (Num(self.v // other), Num(self.v % other))
    def __pow__(self, e, mod=None):
        return Num(pow(self.v, e, mod))
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"Num({self.v})"

class WeirdBool:
    def __bool__(self):
        return 1

class WeirdHash:
    def __hash__(self):
        return "x"

def show(**kw):
    return ", ".join(f"{k}={v}" for k, v in kw.items())

def main():
    s = Settings(debug=True, level=3, name="app")
    print(len(s), list(s))
    
    a, b = Pair(1, 2)
    first, *rest = Pair("x", "y")
    print(a, b, first, rest, [*Pair(3, 4), *Pair(5, 6)], dict([Pair("k", "v"), Pair("j", "w")]))
    print(*Pair("p", "q"), sep="-")
    n = Num(17.9)
    print(int(n), float(n), divmod(Num(17), 5), pow(Num(3), 4, 5), Num(2) ** 10)
    print(Num(3) >= Num(2), Num(3) >= Num(4), Num(1) != Num(1), Num(1) != Num(2))
    print(max([], default="empty"), min([3, 1, 2], default=0), max("abc", key=ord))
    try:
        bool(WeirdBool())
    except TypeError as e:
        print("TypeError:", e)
    try:
        hash(WeirdHash())
    except TypeError as e:
        print("TypeError:", e)
    try:
        ", ".join([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        a, b = Pair(1, 2), 3, 4
    except ValueError as e:
        print("ValueError:", e)
    try:
        x, y, z = Pair(1, 2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        show(**{"a": 1}, a=2)
    except TypeError as e:
        print("TypeError:", e)
    print(sorted([Num(3), Num(1)], key=lambda n: n.v), sum([1, 2], 10))

if __name__ == "__main__":
    main()
