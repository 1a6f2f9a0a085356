import math

class Symbol(str):
    pass

class LispError(Exception):
    pass

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {var}")
        return self.outer.find(var)

class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        L = []
        while tokens and tokens[0] != ")":
            L.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return L
    if tok == ")":
        raise LispError("unexpected )")
    return atom(tok)

def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "sqrt": math.sqrt, "pi": math.pi,
        "list": lambda *a: list(a), "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda a, b: [a] + b, "null?": lambda x: x == [], "len": len,
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            params, body = args
            return Procedure(params, body, env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if not callable(proc):
            raise LispError(f"not a procedure: {proc}")
        return proc(*vals)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)

def main():
    env = standard_env()
    programs = [
        "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
        "(fact 20)", "(fact 5.0)",
        "(define area (lambda (r) (* pi (* r r))))", "(area 3)",
        "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
        "(list (fib 10) (fib 15))",
        "(define count (lambda (item L) (if (null? L) 0 (+ (if (= item (car L)) 1 0) (count item (cdr L))))))",
        "(count 0 (list 0 1 2 3 0 0))",
        "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
        "((make-adder 10) 5)", "make-adder",
        "(begin (define x 4) (sqrt (* x (* x x))))",
        "(quote (a b (c d)))", "(cons 1 (list 2 3))", "(> 3 2)", "(- 7)",
        "(undefined 1)", "(1 2)", "(+ 1", ")", "((lambda (a b) a) 1)", "(/ 1 0)",
    ]
    for src in programs:
        try:
            val = evaluate(read(tokenize(src)), env)
            if val is not None:
                print(f"{src[:40]:<40} => {to_str(val)}")
        except LispError as e:
            print(f"{src[:40]:<40} !! {e}")
        except ZeroDivisionError as e:
            print(f"{src[:40]:<40} !! ZeroDivisionError: {e}")
    print(isinstance(Symbol("x"), str), Symbol("ab") == "ab", repr(Symbol("q")), type(Symbol("q")).__name__)
    print(sorted(k for k in env if k.isalpha())[:6], env.outer)

if __name__ == "__main__":
    main()
