from collections import Counter
c = Counter(a=2, b=0, c=3, d=-1)
print(list(c.elements()))
print(c.total())
print(sum(Counter("hello").values()))
