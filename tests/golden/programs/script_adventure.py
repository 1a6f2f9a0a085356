import random

class Room:
    def __init__(self, name, desc, items=None):
        self.name, self.desc = name, desc
        self.exits = {}
        self.items = list(items or [])
    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self
    def __str__(self):
        ex = ", ".join(sorted(self.exits))
        it = f" Items: {', '.join(self.items)}." if self.items else ""
        return f"== {self.name} ==\n{self.desc} Exits: {ex}.{it}"

class GameOver(Exception):
    pass

class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
    def do(self, command):
        verb, _, noun = command.partition(" ")
        handler = getattr(self, f"cmd_{verb}", None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)
    def cmd_go(self, d):
        if d not in self.room.exits:
            return "You can't go that way."
        self.room = self.room.exits[d]
        if self.room.name == "Pit":
            raise GameOver("You fell into the pit!")
        return str(self.room)
    def cmd_take(self, item):
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."
    def cmd_inv(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing")
    def cmd_look(self, _):
        return str(self.room)

def build():
    hall = Room("Hall", "A dusty hall.", ["lamp"])
    lib = Room("Library", "Books everywhere.", ["book", "key"])
    kitchen = Room("Kitchen", "Smells of soup.", ["knife"])
    pit = Room("Pit", "Darkness.")
    hall.connect("north", lib, "south")
    hall.connect("east", kitchen, "west")
    kitchen.connect("down", pit)
    return hall

def main():
    p = Player(build())
    script = ["look", "take lamp", "take sword", "go north", "take key", "inv", "dance", "go west", "go south", "go east", "take knife", "inv"]
    for cmd in script:
        print(f"> {cmd}")
        print(p.do(cmd))
    rng = random.Random(11)
    p2 = Player(build())
    try:
        for _ in range(50):
            d = rng.choice(sorted(p2.room.exits))
            p2.do(f"go {d}")
            for it in list(p2.room.items):
                p2.do(f"take {it}")
        print("survived")
    except GameOver as e:
        print(f"GAME OVER after {p2.moves} moves: {e}")
    print(p2.do("inv"))

if __name__ == "__main__":
    main()
