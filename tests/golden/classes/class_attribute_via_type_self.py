class Shape:
    sides = 0
    instances = 0
    def __init__(self):
        type(self).instances += 1
    def describe(self):
        return type(self).__name__ + " has " + str(self.sides) + " sides"
class Tri(Shape):
    sides = 3
class Quad(Shape):
    sides = 4
shapes = [Tri(), Tri(), Quad(), Shape()]
print([s.describe() for s in shapes])
print(Shape.instances, Tri.instances, Quad.instances)
print("instances" in Tri.__dict__, "instances" in Quad.__dict__)
Shape.sides = -1
print(Shape().describe(), Tri().describe())
