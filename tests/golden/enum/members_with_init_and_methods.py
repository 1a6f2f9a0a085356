from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return f"{self.name.title()} pulls {self.gravity:.2f} m/s2"
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
print(Planet.EARTH.value, Planet.EARTH.mass, repr(Planet.EARTH))
print(Planet.MERCURY.describe(), Planet.heaviest())
