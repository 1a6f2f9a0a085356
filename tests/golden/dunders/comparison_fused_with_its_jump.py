class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        return "truthy" if self.v == o.v else ""

i = V(0)
while i < V(3):
    i = V(i.v + 1)
print("done", i.v)
if V(1) == V(1):
    print("eq is truthy")
if not (V(1) == V(2)):
    print("empty str is falsy")
nan = float("nan")
print([nan < 1.0, nan == nan, nan != nan, 1.0 <= nan])
if nan != nan:
    print("nan differs from itself")
words = ["zeta", "Éclair", "alpha", "ñandú", "Zulu", "日本", "ab", "a"]
for w in words:
    if w < "m":
        print("before m:", w)
print(sorted(words))
x = None
if x is None:
    print("is None")
if x is not None:
    print("never")
n = 0
while n is not None and n < 3:
    n += 1
print(n, 1 < 2 < 3, 3 > 2 > 2)
if 1 < 2.5:
    print("mixed")
try:
    if "a" < 1:
        pass
except TypeError as e:
    print(e)
