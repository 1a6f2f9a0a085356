import operator as op
l = [1]
r = op.iadd(l, [2])
print(r, l, r is l)
print(op.iadd(1, 2), op.imul("ab", 2), op.isub(5, 1), op.ior({1}, {2}))
