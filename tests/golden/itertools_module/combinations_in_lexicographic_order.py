from itertools import combinations
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)))
