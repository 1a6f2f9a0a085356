from enum import Enum, StrEnum, auto
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.READ == "read", Mode.WRITE.upper(), f"[{Mode.WRITE}]", "-".join(Mode))
class Fruit(str, Enum):
    APPLE = "apple"
    PEAR = "pear"
print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.APPLE == "apple", Fruit("pear"), Fruit.PEAR.value.title())
