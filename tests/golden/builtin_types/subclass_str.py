class Name(str):
    def greet(self):
        return "Hello, " + self
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.greet())
print(type(n).__name__, type(n.upper()).__name__, type(n + "!").__name__)
print(n == "Ada Lovelace", n.split(), n[0], type(n[0]).__name__)
print({n: 1}["Ada Lovelace"])
class Loud(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"
l = Loud("hi")
print(l, str(l), repr(l), [l], "%s" % l, f"{l}")
print(l + "x", "x" + l)
class Pathish(str):
    def __truediv__(self, o):
        return Pathish(self + "/" + o)
print(Pathish("usr") / "local" / "bin")
