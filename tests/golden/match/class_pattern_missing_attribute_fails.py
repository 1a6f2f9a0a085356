class Thing:
    def __init__(self):
        self.a = 1

match Thing():
    case Thing(b=_):
        print("no")
    case Thing(a=a):
        print("a =", a)
