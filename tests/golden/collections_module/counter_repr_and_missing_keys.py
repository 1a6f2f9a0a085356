from collections import Counter
print(Counter())
print(repr(Counter({"x": 1, "y": 3})))
c = Counter(["a"])
del c["nope"]
del c["a"]
print(c, c["a"])
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
