# Vector arithmetic through __add__, __mul__ and __sub__: operator dispatch to script code.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


pos = Vec(0.0, 0.0)
vel = Vec(1.0, 0.5)
acc = Vec(0.0, -0.01)
total = 0.0
for step in range(200000):
    vel = vel + acc * 0.5
    pos = pos + vel - acc
    total += pos.dot(vel)
print(round(pos.x, 3), round(pos.y, 3), round(total, 1))
