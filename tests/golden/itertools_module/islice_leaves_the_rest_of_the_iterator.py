from itertools import islice
it = iter(range(10))
print(list(islice(it, 3)))
print(next(it))
print(list(islice(it, 1, 4, 2)))
print(list(it))
