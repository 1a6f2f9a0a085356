class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def __repr__(self):
        return f"P({self.x})"

def pick(c, a, b):
    # The second branch's local is fused with the attribute load; the
    # first branch jumps onto that attribute load and runs it alone.
    return (a if c else b).x

def method_pick(c, a, b):
    return (a if c else b).get()

def store_pick(c, a, b, v):
    (a if c else b).x = v

a, b = P(1), P(2)
print(pick(True, a, b), pick(False, a, b))
print(method_pick(True, a, b), method_pick(False, a, b))
store_pick(True, a, b, 10)
store_pick(False, a, b, 20)
print(a, b)

def unbound():
    if False:
        p = P(0)
    return p.x

try:
    unbound()
except UnboundLocalError as e:
    print(e)

def unbound_store():
    if False:
        p = P(0)
    p.x = 1

try:
    unbound_store()
except UnboundLocalError as e:
    print(e)

def missing(p):
    return p.nope

try:
    missing(a)
except AttributeError as e:
    print(e)

def on_builtin(s):
    return s.upper(), s.real if False else len(s)

print(on_builtin("abc"))
