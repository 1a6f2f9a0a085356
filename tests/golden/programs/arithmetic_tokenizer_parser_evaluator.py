class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return "%s(%r)" % (self.kind, self.value)


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__("%s at position %d" % (message, pos))
        self.pos = pos


class Lexer:
    OPS = "+-*/^()%"

    def __init__(self, text):
        self.text = text
        self.i = 0

    def tokens(self):
        out = []
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch.isspace():
                self.i += 1
            elif ch.isdigit() or ch == ".":
                start = self.i
                while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] == "."):
                    self.i += 1
                raw = self.text[start:self.i]
                try:
                    value = int(raw) if "." not in raw else float(raw)
                except ValueError:
                    raise ParseError("bad number " + repr(raw), start)
                out.append(Token("NUM", value, start))
            elif ch.isalpha():
                start = self.i
                while self.i < len(self.text) and self.text[self.i].isalnum():
                    self.i += 1
                out.append(Token("NAME", self.text[start:self.i], start))
            elif ch in self.OPS:
                out.append(Token("OP", ch, self.i))
                self.i += 1
            else:
                raise ParseError("unexpected character " + repr(ch), self.i)
        out.append(Token("EOF", None, self.i))
        return out


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return repr(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise NameError("undefined variable " + repr(self.name))
        return env[self.name]

    def __repr__(self):
        return self.name


class BinOp:
    FUNCS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        return self.FUNCS[self.op](self.left.eval(env), self.right.eval(env))

    def __repr__(self):
        return "(%r %s %r)" % (self.left, self.op, self.right)


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def __repr__(self):
        return "(-%r)" % (self.operand,)


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise ParseError("expected %r, got %r" % (value, tok.value), tok.pos)

    def parse(self):
        node = self.expr()
        if self.peek().kind != "EOF":
            tok = self.peek()
            raise ParseError("unexpected token %r" % (tok.value,), tok.pos)
        return node

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.advance().value
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.advance().value
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        if self.peek().value == "-":
            self.advance()
            return Neg(self.factor())
        base = self.atom()
        if self.peek().value == "^":
            self.advance()
            return BinOp("^", base, self.factor())
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == "NUM":
            return Num(tok.value)
        if tok.kind == "NAME":
            return Var(tok.value)
        if tok.value == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise ParseError("unexpected %s" % ("end of input" if tok.kind == "EOF" else repr(tok.value)), tok.pos)


class Calculator:
    def __init__(self):
        self.env = {"pi": 3.14159}

    def run(self, line):
        if "=" in line:
            name, expr = line.split("=", 1)
            value = self.evaluate(expr)
            self.env[name.strip()] = value
            return name.strip() + " = " + repr(value)
        return repr(self.evaluate(line))

    def evaluate(self, text):
        return Parser(Lexer(text).tokens()).parse().eval(self.env)


print(Lexer("3 + 4.5*(x - 2)").tokens())
print(Parser(Lexer("1 + 2 * 3 - 4 / 2").tokens()).parse())
print(Parser(Lexer("-2 ^ 2 ^ 3").tokens()).parse())
calc = Calculator()
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-3 - -3",
    "10 / 4",
    "10 % 4 + 0.5",
    "x = 6 * 7",
    "x / 2",
    "y = x - 2 * pi",
    "y",
    "1 / 0",
    "2 * (3 + 4",
    "3 $ 4",
    "4 5",
    "z + 1",
    "1..2 + 3",
    ")",
]
for line in lines:
    try:
        print(line, "=>", calc.run(line))
    except ParseError as e:
        print(line, "=> ParseError:", e, "| pos", e.pos)
    except (ZeroDivisionError, NameError) as e:
        print(line, "=>", type(e).__name__ + ":", e)
print(sorted(calc.env.items()))
