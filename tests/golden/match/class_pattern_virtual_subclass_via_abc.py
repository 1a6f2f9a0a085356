from abc import ABC

class Shape(ABC):
    pass

class Blob:
    pass

Shape.register(Blob)
match Blob():
    case Shape():
        print("a registered class matches through isinstance")
