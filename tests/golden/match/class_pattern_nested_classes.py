class Pair:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

tree = Pair(Pair(1, 2), Pair(Pair(3, 4), 5))
match tree:
    case Pair(Pair(a, b), Pair(Pair(c, d), e)):
        print(a + b + c + d + e)
