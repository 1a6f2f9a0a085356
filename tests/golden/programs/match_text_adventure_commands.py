"""A text adventure's command interpreter, as the PEP 636 tutorial builds it."""


class Room:
    def __init__(self, name, exits, items):
        self.name = name
        self.exits = exits
        self.items = items


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("library", {"south": "hall"}, ["book", "scroll"]),
            "kitchen": Room("kitchen", {"west": "hall"}, ["knife"]),
        }
        self.here = self.rooms["hall"]
        self.inventory = []
        self.running = True

    def go(self, direction):
        match self.here.exits.get(direction):
            case None:
                return f"You can't go {direction} from the {self.here.name}."
            case name:
                self.here = self.rooms[name]
                return f"You walk {direction} into the {name}."

    def take(self, item):
        if item in self.here.items:
            self.here.items.remove(item)
            self.inventory.append(item)
            return f"You take the {item}."
        return f"There is no {item} here."

    def run(self, line):
        match line.split():
            case []:
                return "Say something."
            case ["quit" | "exit" | "q"]:
                self.running = False
                return "Goodbye!"
            case ["look"]:
                items = ", ".join(self.here.items) or "nothing"
                exits = ", ".join(sorted(self.here.exits))
                return f"The {self.here.name}: you see {items}. Exits: {exits}."
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                return self.go(direction)
            case ["go", direction]:
                return f"{direction!r} is not a direction."
            case ["north" | "south" | "east" | "west" as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["take" | "get", *items] if items:
                return " ".join(self.take(i) for i in items)
            case ["drop", *items] if all(i in self.inventory for i in items):
                for i in items:
                    self.inventory.remove(i)
                    self.here.items.append(i)
                return f"Dropped {len(items)} item(s)."
            case ["drop", *_]:
                return "You don't have all of that."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case [verb, *rest]:
                return f"I don't know how to {verb!r} ({len(rest)} argument(s))."


game = Game()
script = [
    "look", "", "take lamp", "go north", "look", "get book scroll", "i",
    "go up", "dance wildly now", "south", "east", "drop lamp knife", "drop lamp",
    "look", "west", "go west", "quit",
]
for line in script:
    print(f"> {line}")
    print(game.run(line))
    if not game.running:
        break
