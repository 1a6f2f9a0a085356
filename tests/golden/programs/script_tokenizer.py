class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class LexError(Exception):
    pass

class ParseError(Exception):
    def __init__(self, msg, tok):
        super().__init__(f"{msg} at position {tok.pos}")

class Lexer:
    OPS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "(": "LP", ")": "RP", "^": "CARET", "=": "EQ"}
    def __init__(self, text):
        self.text = text
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        t = self.text
        while self.i < len(t) and t[self.i].isspace():
            self.i += 1
        if self.i >= len(t):
            raise StopIteration
        c = t[self.i]
        start = self.i
        if c.isdigit() or c == ".":
            while self.i < len(t) and (t[self.i].isdigit() or t[self.i] == "."):
                self.i += 1
            s = t[start:self.i]
            return Token("NUM", float(s) if "." in s else int(s), start)
        if c.isalpha() or c == "_":
            while self.i < len(t) and (t[self.i].isalnum() or t[self.i] == "_"):
                self.i += 1
            return Token("NAME", t[start:self.i], start)
        if c in self.OPS:
            self.i += 1
            return Token(self.OPS[c], c, start)
        raise LexError(f"unexpected character {c!r} at {start}")

class Parser:
    def __init__(self, text, env):
        self.toks = list(Lexer(text)) + [Token("EOF", None, len(text))]
        self.p = 0
        self.env = env
    def peek(self):
        return self.toks[self.p]
    def eat(self, kind=None):
        tok = self.toks[self.p]
        if kind and tok.kind != kind:
            raise ParseError(f"expected {kind}, got {tok.kind}", tok)
        self.p += 1
        return tok
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.p + 1].kind == "EQ":
            name = self.eat().value
            self.eat("EQ")
            v = self.expr()
            self.env[name] = v
            return v
        v = self.expr()
        self.eat("EOF")
        return v
    def expr(self):
        v = self.term()
        while self.peek().kind in ("PLUS", "MINUS"):
            op = self.eat().kind
            r = self.term()
            v = v + r if op == "PLUS" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().kind in ("STAR", "SLASH"):
            op = self.eat().kind
            r = self.factor()
            v = v * r if op == "STAR" else v / r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().kind == "CARET":
            self.eat()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().kind == "MINUS":
            self.eat()
            return -self.unary()
        tok = self.eat()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if tok.value not in self.env:
                raise NameError(f"undefined variable {tok.value}")
            return self.env[tok.value]
        if tok.kind == "LP":
            v = self.expr()
            self.eat("RP")
            return v
        raise ParseError(f"unexpected {tok.kind}", tok)

def main():
    print(list(Lexer("x = 3.5 * (y_1 + 42)")))
    env = {}
    lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x / 4", "x * y - 1",
             "7 / 0", "1 +", "foo + 1", "3 $ 4", "(1 + 2", "2 * -3", "0.1 + 0.2", "10 / 4 * 4"]
    for line in lines:
        try:
            print(f"{line:<14} => {Parser(line, env).statement()}")
        except (ParseError, LexError) as e:
            print(f"{line:<14} !! {type(e).__name__}: {e}")
        except ZeroDivisionError as e:
            print(f"{line:<14} !! division: {e}")
        except NameError as e:
            print(f"{line:<14} !! {e}")
    print(env)

if __name__ == "__main__":
    main()
