"""An evaluator and simplifier over expression trees made of classes with
__match_args__, the way tutorials use dataclasses with match."""


class Node:
    def __repr__(self):
        fields = ", ".join(repr(getattr(self, f)) for f in self.__match_args__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in self.__match_args__
        )


class Num(Node):
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var(Node):
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp(Node):
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg(Node):
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            divisor = evaluate(r, env)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(l, env) / divisor
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")


def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", x, y if x == y:
                    return Num(0)
                case ("+" | "-" | "*"), Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return node


def show(node):
    match node:
        case Num(v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


exprs = [
    BinOp("+", Num(2), BinOp("*", Num(3), Var("x"))),
    BinOp("*", BinOp("+", Var("x"), Num(0)), Num(1)),
    BinOp("-", Var("y"), Var("y")),
    Neg(Neg(BinOp("*", Num(4), Num(5)))),
    BinOp("/", Var("x"), BinOp("-", Num(3), Num(3))),
    BinOp("%", Num(1), Num(2)),
    BinOp("+", Var("z"), Num(1)),
    Neg(Num(7)),
]
env = {"x": 10, "y": 4}
for e in exprs:
    s = simplify(e)
    try:
        value = evaluate(e, env)
    except (NameError, ZeroDivisionError, ValueError) as err:
        value = f"{type(err).__name__}: {err}"
    print(f"{show(e)} => {show(s)} = {value}")
print(simplify(exprs[1]))
print(simplify(exprs[1]) == Var("x"))
