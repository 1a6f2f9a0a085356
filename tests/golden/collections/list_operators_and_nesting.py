# +, *, comparisons, membership, and the aliasing of * on nested lists.
a = [1, 2] + [3]
print(a, a * 2, [0] * 3, [] * 5, 2 * ["x"])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2.0], 2 in a, 5 not in a)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
b = a
b += [4]
print(a, b is a)
c = a
c = c + [5]
print(a, c)
