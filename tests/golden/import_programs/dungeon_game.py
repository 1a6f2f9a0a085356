import random
import sys

from dungeon import battle
from dungeon.entities import Hero, spawn
import dungeon.dice


def main(seed):
    random.seed(seed)
    hero = Hero("Ayla")
    monsters = spawn(3)
    print("monsters:", monsters)
    won = battle.fight(hero, monsters)
    print("result:", "won" if won else "lost", "| last roll", dungeon.dice.roll(20))
    return 0 if won else 1


if __name__ == "__main__":
    for seed in (1, 7):
        print(f"== seed {seed}")
        status = main(seed)
    print("modules share random:", dungeon.dice.random is random, "dungeon.battle" in sys.modules)
