class Entity:
    def __init__(self, name, hp, attack):
        self.name = name
        self.hp = hp
        self.attack = attack

    @property
    def alive(self):
        return self.hp > 0

    def hit(self, other, damage):
        other.hp = max(0, other.hp - damage)
        return f"{self.name} hits {other.name} for {damage} ({other.hp} left)"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, hp={self.hp})"
