registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_hello(cls):
    def hello(self):
        return "hello from " + type(self).__name__
    cls.hello = hello
    return cls

def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

def replace(cls):
    return "replaced " + cls.__name__

@register
@add_hello
@tagged("t1")
class A:
    pass

@register
class B(A):
    tag = "own"

print(sorted(registry))
print(A().hello(), B().hello())
print(A.tag, B.tag)

@replace
class Gone:
    pass
print(Gone)
order = []
def d1(c):
    order.append("d1")
    return c
def d2(c):
    order.append("d2")
    return c
@d1
@d2
class O:
    pass
print(order)
