class Color:
    RED = "red"
    GREEN = "green"

class Palette:
    class Inner:
        BLUE = "blue"

def name(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Palette.Inner.BLUE:
            return "it is blue"
        case other:
            return "unknown " + other

for c in ["red", "green", "blue", "pink"]:
    print(name(c))
