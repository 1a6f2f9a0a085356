# Metaclasses: registries, singletons, class-level protocols and checks.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin, tag="snd"):
    def play(self):
        return "playing"


class Video(Plugin):
    pass


print(sorted(Registry.classes), Audio.tag, Video.tag, Audio.initialised)
print(type(Audio) is Registry, type(Audio).__name__, isinstance(Audio, Registry), isinstance(Audio, type))
print(Audio.describe(), Audio().play(), type(Audio()).__name__)
print(issubclass(Registry, type), Registry.__mro__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name)


class Sized(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<sized {cls.__name__}>"


class Colors(metaclass=Sized):
    items = ["red", "green", "blue"]


print(len(Colors), list(Colors), Colors[1], "red" in Colors, "pink" in Colors, Colors, [Colors])


class Even(type):
    def __instancecheck__(cls, x):
        return isinstance(x, int) and x % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("4", EvenNumber))


class A(type):
    pass


class B(type):
    pass


class X(metaclass=A):
    pass


class Y(metaclass=B):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
Made = Registry("Made", (Plugin,), {"x": 1})
print(Made.x, Made.tag, "Made" in Registry.classes, type(Made).__name__)
