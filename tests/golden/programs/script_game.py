import random

class Character:
    def __init__(self, name, hp, attack, defense):
        self.name = name
        self.max_hp = self.hp = hp
        self.attack = attack
        self.defense = defense
    @property
    def alive(self):
        return self.hp > 0
    def hit(self, other, rng):
        roll = rng.randint(1, 6)
        crit = rng.random() < 0.2
        dmg = max(0, self.attack + roll - other.defense)
        if crit:
            dmg *= 2
        other.hp = max(0, other.hp - dmg)
        return dmg, crit
    def __str__(self):
        bar = "#" * (self.hp * 10 // self.max_hp)
        return f"{self.name:<8}[{bar:<10}] {self.hp:>3}/{self.max_hp}"

class Hero(Character):
    def __init__(self, name):
        super().__init__(name, 40, 5, 2)
        self.potions = 2
    def heal(self):
        if self.potions:
            self.potions -= 1
            before = self.hp
            self.hp = min(self.max_hp, self.hp + 15)
            return self.hp - before
        return 0

def battle(seed):
    rng = random.Random(seed)
    hero = Hero("Aria")
    monsters = [Character(n, rng.randint(10, 25), rng.randint(3, 6), rng.randint(0, 2)) for n in ("goblin", "orc", "troll")]
    rnd = 0
    for m in monsters:
        print(f"-- {m.name} appears! --")
        while m.alive and hero.alive:
            rnd += 1
            if hero.hp < 12 and hero.potions:
                print(f"r{rnd}: Aria heals {hero.heal()}")
            else:
                d, c = hero.hit(m, rng)
                print(f"r{rnd}: Aria hits {m.name} for {d}{' CRIT' if c else ''}")
            if m.alive:
                d, c = m.hit(hero, rng)
                print(f"r{rnd}: {m.name} hits Aria for {d}{'!' * c}")
        print(hero)
        print(m)
        if not hero.alive:
            print("Aria has fallen")
            return False
    return True

def main():
    random.seed(42)
    print([random.randint(1, 100) for _ in range(5)])
    print(random.choice("abcdef"), random.random())
    items = list(range(10))
    random.shuffle(items)
    print(items)
    print(random.sample(range(100), 4), random.uniform(1, 2))
    print(random.randrange(0, 100, 5), random.choices("xyz", k=5))
    for seed in (1, 7):
        print("=== seed", seed, "===")
        print("victory" if battle(seed) else "defeat")

if __name__ == "__main__":
    main()
