class Base:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

class Child(Base):
    pass

match Child(1, 2):
    case Base(a, b):
        print("base pattern", a, b)
match Child(1, 2):
    case Child(x, 2):
        print("child pattern", x)
