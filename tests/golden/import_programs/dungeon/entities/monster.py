import random

from ..dice import roll
from .base import Entity

KINDS = [("goblin", 8, 2), ("orc", 14, 3), ("troll", 22, 4)]


class Monster(Entity):
    def turn(self, enemy):
        return self.hit(enemy, self.attack + roll(4))


def spawn(n):
    out = []
    for i in range(n):
        kind, hp, attack = random.choice(KINDS)
        out.append(Monster(f"{kind}-{i + 1}", hp, attack))
    return out
