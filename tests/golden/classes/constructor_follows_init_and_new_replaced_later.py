class A:
    def __init__(self, x):
        self.x = x

a = A(1)
def new_init(self, x, y=5):
    self.x = x * 10
    self.y = y
A.__init__ = new_init
b = A(2)
print(a.x, b.x, b.y)

class B(A):
    pass

print(B(3).x)
def sub_init(self, x):
    self.x = -x
B.__init__ = sub_init
print(B(3).x, A(3).x)
del B.__init__
print(B(4).x)

class Meta(type):
    pass

class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(M(1).v)
def meta_call(cls, *args):
    print("meta call", cls.__name__, args)
    return 42
Meta.__call__ = meta_call
print(M(2))

class N:
    def __init__(self, v):
        self.v = v
print(N(1).v)
def n_new(cls, v):
    print("new", v)
    return object.__new__(cls)
N.__new__ = n_new
print(N(2).v)
