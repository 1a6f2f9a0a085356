class Expr:
    pass

class Num(Expr):
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class Add(Expr):
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

class Mul(Expr):
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case _:
            return e

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return f"({show(l)} + {show(r)})"
        case Mul(l, r):
            return f"{show(l)} * {show(r)}"

e = Add(Mul(Num(1), Num(7)), Add(Num(0), Mul(Num(3), Num(0))))
print(show(e), "=>", show(simplify(e)))
