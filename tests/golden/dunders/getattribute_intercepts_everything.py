class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2
l = Logged()
print(l.x)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
class WithBoth:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
w = WithBoth()
print(w.boom, w.other)
class Masked:
    secret = 5
    def __getattribute__(self, name):
        if name == "secret":
            return "masked"
        return super().__getattribute__(name)
print(Masked().secret, Masked.secret)
