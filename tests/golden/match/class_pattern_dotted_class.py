class shapes:
    class Circle:
        __match_args__ = ("r",)
        def __init__(self, r):
            self.r = r

match shapes.Circle(2):
    case shapes.Circle(r):
        print("circle of radius", r)
