a = [1]
t = (a,)
a.append(t)
print(a)
print(t)
d = {"list": []}
d["list"].append(d)
print(d)
s = [{}]
s[0]["s"] = s
print(s)
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Box(" + repr(self.items) + ")"
b = Box()
b.items.append(b.items)
print(b)
