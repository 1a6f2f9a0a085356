from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c))
print(sorted(c))
