class Counting(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return 0

c = Counting(a=1)
match c:
    case {"b": _}:
        print("no")
    case {"a": a}:
        print("a =", a)
print(dict(c))
