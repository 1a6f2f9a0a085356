class Stack(list):
    pass
s = Stack([1, 2])
print(s == [1, 2], s == (1, 2), s != [1], s < [1, 3], s > Stack([1]))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
h = HashableList([1, 2])
print({h: "ok"}[HashableList([1, 2])], h in {h})
class Eq(list):
    def __eq__(self, o):
        return "custom eq"
print(Eq() == [], [] == Eq(), Eq() != [])
