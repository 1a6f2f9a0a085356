class Broken:
    @property
    def value(self):
        raise ValueError("cannot compute")

try:
    match Broken():
        case Broken(value=v):
            print("no")
except ValueError as e:
    print("ValueError:", e)

class Missing:
    @property
    def value(self):
        raise AttributeError("no value")

match Missing():
    case Missing(value=v):
        print("no")
    case _:
        print("AttributeError means no match")
