from itertools import dropwhile, takewhile
data = [1, 4, 6, 4, 1]
print(list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(lambda x: x < 5, data)))
print(list(takewhile(bool, [])))
