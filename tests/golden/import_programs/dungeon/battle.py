from .entities import Hero, Monster


def fight(hero, monsters, log=print):
    rounds = 0
    for m in monsters:
        log(f"-- {hero.name} meets {m!r}")
        while hero.alive and m.alive:
            rounds += 1
            log("  " + hero.turn(m))
            if m.alive:
                log("  " + m.turn(hero))
        if not hero.alive:
            log(f"{hero.name} falls after {rounds} rounds")
            return False
    log(f"{hero.name} wins in {rounds} rounds with {hero.hp} hp")
    return True
