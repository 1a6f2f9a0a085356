class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1

o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "nope", "default"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zzz"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "b")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(o)
except TypeError as e:
    print(type(e).__name__, e)
setattr(Obj, "added", 42)
print(o.added)
setattr(o, "with space", 1)
print(getattr(o, "with space"))
for name in ["a", "cls_attr", "added"]:
    print(name, getattr(o, name))
print(getattr(o, "a", None), getattr(o, "x", None))
try:
    getattr(5, "real_thing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
