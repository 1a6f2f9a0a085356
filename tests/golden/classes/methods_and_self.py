class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, who="world"):
        return self.greeting + ", " + who + "!"

    def twice(self, who):
        return [self.greet(who), self.greet()]

g = Greeter("Hello")
print(g.greet())
print(g.greet("Coro"))
print(g.twice("you"))
print(Greeter.greet(g, "explicit"))
m = g.greet
print(m("bound"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(type(m).__name__, type(Greeter.greet).__name__)
print(repr(m).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
print(repr(Greeter.greet).startswith("<function Greeter.greet at 0x"))
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)
print(g.greet == g.greet, g.greet is g.greet)
