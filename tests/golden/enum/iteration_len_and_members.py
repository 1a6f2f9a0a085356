from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(Color.CRIMSON is Color.RED, Color.CRIMSON, Color._member_names_)
for name, member in Color.__members__.items():
    print(name, member, member.name)
