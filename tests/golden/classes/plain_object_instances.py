o = object()
print(type(o).__name__, type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"))
print(repr(o).startswith("<object object at 0x"))
a = object()
print(o == a, o == o, o != a, o is a)
print(isinstance(o, object), isinstance(5, object), isinstance(int, object))
print(issubclass(int, object), issubclass(object, int))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(o) == hash(o))
print(str(o) == repr(o))
sentinel = object()
def find(xs, default=sentinel):
    return "missing" if default is sentinel else default
print(find([]), find([], None))
