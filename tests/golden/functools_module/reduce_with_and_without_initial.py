from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
