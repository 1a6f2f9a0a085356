class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, type(o).__name__)
        if isinstance(o, V):
            return self.n == o.n
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.n)
        if isinstance(o, V):
            return self.n < o.n
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.n)
        if isinstance(o, V):
            return self.n > o.n
        return NotImplemented
a, b = V(1), V(2)
print(a < b)
print(a > b)
print(a == V(1))
print(a != V(1))
print(a == 1)
print(1 == a)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class W(V):
    def __lt__(self, o):
        print("W.lt")
        return "W"
    def __gt__(self, o):
        print("W.gt")
        return "W-reflected"
print(V(1) < W(2))
print(V(1) > W(2))
