# A generator expression evaluates its first iterable at once and everything else late, when iterated.
def source(name, n):
    print("  evaluating source", name)
    return range(n)

g = (x * 10 for x in source("outer", 3))
print("genexp created")
print(next(g))
print(list(g))

factor = 2
g = (x * factor for x in range(3))
factor = 100
print("late binding of factor:", list(g))

items = [1, 2, 3]
g = (x for x in items)
items = [7, 8, 9]
print("first iterable bound early:", list(g))

ys = [1, 2]
g = ((x, y) for x in range(2) for y in ys)
ys = ["a", "b", "c"]
print("inner iterable late:", list(g))

try:
    g = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)
g = (x + missing for x in range(3))
print("created with a missing name")
try:
    next(g)
except NameError as e:
    print("NameError on next:", e)

def noisy(x):
    print("  visit", x)
    return x
g = (noisy(x) for x in range(5) if x % 2)
print("nothing visited yet")
print(next(g))
print(next(g))

nested = ((i * j for j in range(3)) for i in range(3))
print([list(row) for row in nested])
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(x for row in matrix for x in row if x != 4))

x = "outer x"
g = (x for x in range(2))
print(list(g), x)
g = (y for y in range(3))
print(list(g), list(g))
