class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], C.__subclasses__())
print([c.__name__ for c in C.__bases__], C.__base__.__name__)
print(issubclass(C, Base), issubclass(C, (int, B)), isinstance(C(), A))
print([c.__name__ for c in C.mro()])
print(object in C.__mro__, C.__mro__[-1] is object)
print(type(C.__bases__).__name__, len(C.__mro__))
