from itertools import count, islice
print(list(islice(count(), 4)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(1.5, 0.5), 3)))
c = count(10)
next(c)
print(c, count(0, 2), count(2.5))
