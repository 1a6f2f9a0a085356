# __get__ of functions, classmethods and properties, called directly.
class A:
    def __init__(self):
        self.n = 3

    @property
    def double(self):
        return self.n * 2


def f(self):
    return "plain " + type(self).__name__


print(f.__get__(A())(), f.__get__(None, A) is f)
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, A)(), cm.__get__(A())())
print(A.__dict__["double"].__get__(A()), A.__dict__["double"].__get__(None, A) is A.__dict__["double"])
pr = property(lambda self: 5)
print(pr.__get__(A()), (lambda self: 7).__get__(A())())
m = A.__dict__["__init__"].__get__(A())
print(type(m).__name__)
