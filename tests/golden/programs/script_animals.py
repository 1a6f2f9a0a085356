class Animal:
    sound = "..."
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Animal.registry[cls.__name__.lower()] = cls
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name}, {self.age})"
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown animal {kind!r}") from None

class Dog(Animal):
    sound = "woof"
    def fetch(self):
        return f"{self.name} fetches!"

class Cat(Animal):
    sound = "meow"
    def speak(self):
        base = super().speak()
        return base + " (ignores you)"

class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, age=0)
    @property
    def sound(self):
        return "yip"

class Cow(Animal):
    sound = "moo"

def main():
    zoo = [Dog("rex", 5), Cat("tom", 3), Puppy("bit"), Animal.create("cow", "bessie", 7)]
    for a in zoo:
        print(a, "->", a.speak())
    print(sorted(Animal.registry))
    print([a.fetch() for a in zoo if isinstance(a, Dog)])
    print(hasattr(zoo[1], "fetch"), getattr(zoo[1], "fetch", "nope"))
    try:
        Animal.create("dragon", "x")
    except ValueError as e:
        print(e)
    setattr(zoo[0], "trick", "roll over")
    print(zoo[0].trick, vars(zoo[0]))
    print(zoo[2].__dict__)
    del zoo[0].trick
    print(hasattr(zoo[0], "trick"))
    print(Dog.sound, Puppy("p").sound, Dog.__dict__.get("sound"))
    ages = sorted(zoo, key=lambda a: a.age)
    print([a.name for a in ages])
    print(Puppy.__mro__[1].__name__, Puppy.__base__.__name__, Puppy.__qualname__)
    try:
        zoo[0].missing
    except AttributeError as e:
        print(e)
    print(type(zoo[0]) is Dog, type(zoo[2]) is Dog, isinstance(zoo[2], (Cat, Dog)))
    print(str(zoo[3]), f"{zoo[1]}", "%s" % zoo[0])

if __name__ == "__main__":
    main()
