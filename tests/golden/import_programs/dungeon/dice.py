import random


def roll(sides=6, times=1):
    return sum(random.randint(1, sides) for _ in range(times))
