from collections import namedtuple
P = namedtuple("P", "x y")
d = {P(0, 0): "origin"}
print(d[(0, 0)], P(0, 0) in d)
match P(3, 4):
    case P(x, y):
        print("P", x, y)
print(P.__match_args__)
