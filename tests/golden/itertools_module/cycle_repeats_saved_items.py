from itertools import cycle, islice
print(list(islice(cycle("abc"), 8)))
print(list(cycle([])))
