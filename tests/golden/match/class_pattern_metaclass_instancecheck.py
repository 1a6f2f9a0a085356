class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("checking", obj)
        return isinstance(obj, int) and obj % 2 == 0

class Even(metaclass=EvenMeta):
    pass

for n in [3, 4]:
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(n, "is odd")
