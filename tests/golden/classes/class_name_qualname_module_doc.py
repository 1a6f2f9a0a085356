class Outer:
    """Outer docstring."""
    class Inner:
        "Inner doc"
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__)
print(Outer.Inner.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
print(NoDoc().__doc__)
print(repr(Outer))
print(repr(Outer.Inner))
print(str(L))
print(Outer().__class__ is Outer, Outer().__class__.__name__)
print(type(Outer) is type, type(Outer).__name__)
print(int.__name__, int.__qualname__, int.__module__)
def f():
    pass
print(f.__module__, f.__qualname__)
