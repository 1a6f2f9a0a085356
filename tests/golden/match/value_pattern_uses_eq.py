class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("comparing", self.v, "with", other)
        return self.v == other

class K:
    target = 5

match Loud(5):
    case K.target:
        print("matched through __eq__")
