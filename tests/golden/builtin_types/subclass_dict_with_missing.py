class Config(dict):
    def __missing__(self, key):
        print("missing", key)
        return "default-" + key
c = Config(a=1)
print(c["a"], c["zz"])
print(c.get("zz"), "zz" in c, len(c))
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in "banana":
    cnt[ch] += 1
print(cnt, sorted(cnt.items()))
class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print(tree)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))
try:
    Raising()["q"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(c).__name__, isinstance(c, dict), c == {"a": 1})
