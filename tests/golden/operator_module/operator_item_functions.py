import operator as op
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
l = [1, 2, 3, 4]
class Hint:
    def __length_hint__(self):
        return 3
print(op.getitem(l, slice(1, 3)), op.length_hint(l), op.length_hint(Hint()), op.length_hint(5, 9), op.index(7))
