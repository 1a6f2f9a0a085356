class Item:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return self
    def __repr__(self):
        return "Item(" + self.name + ", " + repr(self.children) + ")"
root = Item("root").add(Item("a")).add(Item("b"))
root.children[0].add(Item("a1"))
print(root)
print([root.children[1]])
class BadItem(Item):
    def __repr__(self):
        return "BadItem(" + repr(self.parent) + ")"
x = BadItem("x")
y = BadItem("y")
x.parent = y
y.parent = x
try:
    repr([x, y])
except RecursionError as e:
    print(type(e).__name__)
print(repr(BadItem("lonely")))
