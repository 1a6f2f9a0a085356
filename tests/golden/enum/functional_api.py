from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
print(Enum("X", ["a", "b"]).b, Enum("Y", {"q": 5}).q, list(Enum("Z", [("u", 10), ("v", 20)])))
Level = IntEnum("Level", "DEBUG INFO", start=10)
print(list(Level), Level.INFO + 0)
