from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"))
print(Color.RED.name, Color.RED.value, type(Color.RED), Color, isinstance(Color.RED, Color))
print([Color.GREEN], {Color.BLUE: "b"}, (Color.RED,))
