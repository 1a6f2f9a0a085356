from ..dice import roll
from .base import Entity


class Hero(Entity):
    def __init__(self, name):
        super().__init__(name, hp=30, attack=4)
        self.potions = 2

    def turn(self, enemy):
        if self.hp < 10 and self.potions:
            self.potions -= 1
            healed = roll(8)
            self.hp += healed
            return f"{self.name} drinks a potion (+{healed}, {self.hp} hp)"
        return self.hit(enemy, self.attack + roll())
