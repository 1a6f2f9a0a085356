import random

a = random.Random(42)
b = random.Random(42)
print([a.randint(1, 6) for _ in range(8)])
random.seed(1)
print([b.randint(1, 6) for _ in range(8)], round(random.random(), 6))
a.seed("same text")
b.seed("same text")
print(a.random() == b.random(), a.sample([1, 2, 3, 4, 5], 3))
