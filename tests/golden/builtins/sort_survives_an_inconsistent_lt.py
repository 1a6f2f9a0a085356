import random
random.seed(1)
class A:
    def __lt__(s, o): return random.random() < 0.5
l = [A() for i in range(1000)]
l.sort()
print(len(l))
print(sorted([5, 3, 9, 1, 3, 7, 2, 8, 0, 6, 4, 3]), sorted("banana"), sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
print(sorted(range(20), key=lambda x: x % 3, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
