class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return "descriptor on " + owner.__name__
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class Item:
    qty = Typed("qty", int)
    nd = NonData()

i = Item()
print(i.qty)
i.qty = 5
print(i.qty, Item.qty)
try:
    i.qty = "five"
except TypeError as e:
    print(type(e).__name__, e)
i.__dict__["qty"] = 99
print(i.qty)
del i.qty
print(i.qty)
print(i.nd)
i.nd = "instance wins"
print(i.nd, Item.nd)
del i.nd
print(i.nd)
