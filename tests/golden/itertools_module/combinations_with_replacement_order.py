from itertools import combinations_with_replacement as cwr
print(list(cwr("ABC", 2)))
print(list(cwr([], 2)), list(cwr([], 0)), len(list(cwr(range(5), 3))))
