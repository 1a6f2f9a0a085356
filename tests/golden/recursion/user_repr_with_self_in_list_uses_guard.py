class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Box(" + repr(self.items) + ")"
b = Box()
b.items.append(b)
print(repr(b))
b.items.append(1)
print(b)
c = Box()
c.items.append({"self": c})
print(c)
