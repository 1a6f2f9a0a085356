class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + repr(item) + "]"
print(Box[int.__name__])
print(Box[1, 2])
print(Box["x"])
class Sub(Box):
    pass
print(Sub[3])
class NoHook:
    pass
try:
    NoHook[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int])
print(type(list[int]).__name__)
