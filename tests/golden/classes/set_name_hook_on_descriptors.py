class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print("setting", self.name, value)
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()
    def __init__(self):
        self.first = 1

m = Model()
print(m.first, m.second)
m.second = "two"
print(m.second, m._second)
print(Model.first.name, type(Model.first).__name__)
f = Field()
Model.late = f
print(hasattr(f, "name"))
