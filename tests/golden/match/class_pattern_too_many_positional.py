class Point:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
        self.y = 2

try:
    match Point():
        case Point(1, 2):
            print("no")
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

try:
    match Plain():
        case Plain(1):
            print("no")
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(5, 6):
            print("no")
except TypeError as e:
    print("TypeError:", e)
