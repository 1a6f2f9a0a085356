from functools import singledispatchmethod
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: str):
        return f"str:{arg}"
f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(2.0))
