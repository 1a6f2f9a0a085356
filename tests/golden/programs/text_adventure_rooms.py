class Item:
    def __init__(self, name, description, weight=1):
        self.name = name
        self.description = description
        self.weight = weight

    def __repr__(self):
        return "Item(" + self.name + ")"


class Room:
    OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}

    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = set()

    def connect(self, direction, other, locked=False):
        self.exits[direction] = other
        other.exits[Room.OPPOSITE[direction]] = self
        if locked:
            self.locked.add(direction)

    def describe(self):
        text = self.name + ": " + self.description
        if self.items:
            text += " You see: " + ", ".join(i.name for i in self.items) + "."
        text += " Exits: " + ", ".join(sorted(self.exits)) + "."
        return text


class GameOver(Exception):
    pass


class Player:
    def __init__(self, start, capacity=5):
        self.room = start
        self.inventory = []
        self.capacity = capacity
        self.moves = 0

    def carried(self):
        return sum(i.weight for i in self.inventory)

    def go(self, direction):
        if direction not in self.room.exits:
            return "You can't go " + direction + "."
        if direction in self.room.locked:
            if any(i.name == "key" for i in self.inventory):
                self.room.locked.discard(direction)
                msg = "You unlock the door. "
            else:
                return "The way " + direction + " is locked."
        else:
            msg = ""
        self.room = self.room.exits[direction]
        self.moves += 1
        if self.room.name == "Treasury":
            raise GameOver("You found the treasure in %d moves!" % self.moves)
        return msg + self.room.describe()

    def take(self, name):
        for item in self.room.items:
            if item.name == name:
                if self.carried() + item.weight > self.capacity:
                    return "The " + name + " is too heavy."
                self.room.items.remove(item)
                self.inventory.append(item)
                return "Taken: " + name + "."
        return "There is no " + name + " here."

    def drop(self, name):
        for item in self.inventory:
            if item.name == name:
                self.inventory.remove(item)
                self.room.items.append(item)
                return "Dropped: " + name + "."
        return "You don't have a " + name + "."


hall = Room("Hall", "A dusty entrance hall.")
kitchen = Room("Kitchen", "Smells of old bread.")
cellar = Room("Cellar", "Dark and damp.")
study = Room("Study", "Books everywhere.")
treasury = Room("Treasury", "Gold glitters.")
hall.connect("north", kitchen)
hall.connect("east", study)
kitchen.connect("down", cellar)
study.connect("north", treasury, locked=True)
kitchen.items.append(Item("knife", "sharp", 1))
cellar.items.append(Item("key", "rusty", 1))
cellar.items.append(Item("anvil", "very heavy", 10))
study.items.append(Item("book", "leather-bound", 2))

player = Player(hall)
print(hall.describe())
commands = [
    "go west", "go east", "take book", "go north", "go west", "go north",
    "take knife", "take spoon", "go down", "take anvil", "take key", "drop book",
    "drop lamp", "go up", "go south", "go east", "go north",
]
try:
    for cmd in commands:
        verb, noun = cmd.split()
        action = getattr(player, verb)
        print("> " + cmd)
        print(action(noun))
except GameOver as win:
    print(win)
print("inventory:", player.inventory, "carrying", player.carried())
print("cellar has:", cellar.items)
print("moves:", player.moves, "room:", player.room.name)
