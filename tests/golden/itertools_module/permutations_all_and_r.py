from itertools import permutations
print(list(permutations("ABC")))
print(list(permutations(range(3), 2)))
print(list(permutations("AB", 3)), list(permutations("", 0)))
try:
    permutations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
