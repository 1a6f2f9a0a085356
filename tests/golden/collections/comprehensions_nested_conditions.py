# Nested comprehensions, multiple ifs, and comprehension variable scoping.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[x * y for y in range(3)] for x in range(3)])
print([x for x in range(20) if x % 2 if x % 3])
print({x: x ** 2 for x in range(5) if x})
print({c.upper() for c in "aAbB" if c.islower()} == {"A", "B"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([(i, j) for i in range(3) for j in range(i)])
