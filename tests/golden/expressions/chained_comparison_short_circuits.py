# a < b < c evaluates b once and stops at the first false link.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2) <= v(2))
print(1 < 2 > 0, 1 < 3 > 4, 2 == 2 == 2.0, 1 < 2 < 3 < 4 < 0)
print(0 <= 5 < 10, "a" < "b" < "c", 1 in [1] in [[1]])
