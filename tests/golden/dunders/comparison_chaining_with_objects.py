class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
a, b, c = V(1), V(2), V(3)
print(a < b < c)
print(c < b < a)
print(a < c == V(3))
print(a == b < c)
class Weird:
    def __lt__(self, o):
        return "truthy string"
print(Weird() < Weird())
print(Weird() < Weird() < Weird())
print(not (Weird() < Weird()))
