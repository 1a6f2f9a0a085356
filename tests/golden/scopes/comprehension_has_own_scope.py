# Comprehension variables do not leak, but the comprehension sees enclosing names.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
factor = 3
print([n * factor for n in range(3)])
def f():
    k = 2
    return {i: i * k for i in range(3)}
print(f())
print({v for v in [1, 1, 2]}, [[j for j in range(i)] for i in range(3)])
try:
    print(n)
except NameError as e:
    print(e)
