class Stack(list):
    pass

match Stack([1, 2]):
    case [a, b]:
        print("stack of two", a, b)

class Pair(tuple):
    pass

match Pair((3, 4)):
    case (a, b):
        print("pair", a, b)
