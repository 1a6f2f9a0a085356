class Point:
    __match_args__ = ("x",)
    def __init__(self, x, y):
        self.x, self.y = x, y

match Point(1, 2):
    case Point(x, y):
        print(x, y)
