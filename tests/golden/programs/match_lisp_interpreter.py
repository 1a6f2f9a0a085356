"""A small Lisp: tokenizer, reader and an evaluator written with match."""


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    match tokens.pop(0):
        case "(":
            items = []
            while tokens[0] != ")":
                items.append(read(tokens))
            tokens.pop(0)
            return items
        case ")":
            raise SyntaxError("unexpected )")
        case tok:
            try:
                return int(tok)
            except ValueError:
                return tok


class Lambda:
    __match_args__ = ("params", "body", "env")

    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env


def lookup(env, name):
    while env is not None:
        scope, env = env
        if name in scope:
            return scope[name]
    raise NameError(name)


def evaluate(x, env):
    match x:
        case int(n):
            return n
        case str(name):
            return lookup(env, name)
        case ["quote", datum]:
            return datum
        case ["if", test, then, orelse]:
            return evaluate(then if evaluate(test, env) else orelse, env)
        case ["define", str(name), value]:
            env[0][name] = evaluate(value, env)
            return None
        case ["lambda", [*params], body]:
            return Lambda(params, body, env)
        case ["let", [[str(name), value]], body]:
            return evaluate(body, ({name: evaluate(value, env)}, env))
        case [op, *args]:
            f = evaluate(op, env)
            values = [evaluate(a, env) for a in args]
            match f:
                case Lambda(params, body, closure) if len(params) == len(values):
                    return evaluate(body, (dict(zip(params, values)), closure))
                case Lambda(params, _, _):
                    raise TypeError(f"expected {len(params)} arguments, got {len(values)}")
                case _ if callable(f):
                    return f(*values)
                case _:
                    raise TypeError(f"{f!r} is not callable")
        case []:
            return []


def show(v):
    match v:
        case True:
            return "#t"
        case False:
            return "#f"
        case None:
            return "nil"
        case [*items]:
            return "(" + " ".join(show(i) for i in items) + ")"
        case Lambda():
            return "<lambda>"
        case _:
            return str(v)


builtins = {
    "+": lambda *a: sum(a),
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
    "list": lambda *a: list(a),
    "car": lambda l: l[0],
    "cdr": lambda l: l[1:],
}
env = ({}, (builtins, None))
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose car cdr) (quote (1 2 3)))
(let ((x 5)) (+ x x x))
(list 1 2 (= 1 1) (= 1 2))
(quote (a (b c) d))
(fact 1 2)
(undefined 1)
(1 2)
"""
tokens = tokenize(program)
while tokens:
    expr = read(tokens)
    try:
        print(show(evaluate(expr, env)))
    except (NameError, TypeError) as e:
        print(f"error: {type(e).__name__}: {e}")
