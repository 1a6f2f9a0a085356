# Attribute reads and writes in a loop stay right while the classes change under them.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def read_all(objs):
    return [o.x for o in objs]


def call_all(objs):
    return [o.get() for o in objs]


a, b = P(1), P(2)
print(read_all([a, b]), call_all([a, b]))

# Instances whose dicts hold the same names in different orders.
c = P.__new__(P)
c.y = "first"
c.x = 3
print(read_all([a, c, b, c]))

# A property added to the class now describes every read of x.
P.x = property(lambda self: "prop")
print(read_all([a, b, c]))
del P.x
print(read_all([a, b, c]))

# A method replaced on the class, then shadowed on one instance.
P.get = lambda self: self.x * 10
print(call_all([a, b]))
b.get = lambda: "own"
print(call_all([a, b]))
del b.get
print(call_all([a, b]))


# __getattribute__ and __setattr__ added to a base after the sites have run.
class Q(P):
    pass


q = Q(5)
print(read_all([q, q]))
P.__getattribute__ = lambda self, name: "hooked " + name
print(read_all([q, a]))
del P.__getattribute__
print(read_all([q, a]))


def store(o, v):
    o.x = v


store(q, 6)
P.__setattr__ = lambda self, name, value: print("set", name, value)
store(q, 7)
store(a, 8)
del P.__setattr__
store(q, 9)
print(q.x, a.x)

# Deleting and re-adding an attribute moves it in the dict.
del q.x
q.z = 0
q.x = 10
print(read_all([q]), list(vars(q)))

# vars() edits seen by the next read.
vars(a)["x"] = "via vars"
print(read_all([a]))
vars(a).clear()
try:
    read_all([a])
except AttributeError as e:
    print("AttributeError:", e)


# Two classes through one site, alternating.
class R:
    def __init__(self):
        self.x = "r"

    def get(self):
        return "R.get"


print(read_all([a, R(), b, R()]) if hasattr(a, "x") else read_all([b, R(), b, R()]))
print(call_all([b, R(), b]))
