# map and filter are lazy; converting to lists gives the values.
print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
m = map(lambda x: x * 10, [1, 2, 3])
print(list(m), list(m))
print(sorted(map(len, ["ccc", "a", "bb"])), sum(map(int, "12345")))
