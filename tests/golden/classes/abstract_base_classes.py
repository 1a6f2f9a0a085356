# Abstract base classes as tutorials write them: shapes, plugins, registered virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Hello(Plugin):
    name = "hello"

    @classmethod
    def create(cls):
        return cls()


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
print(Hello.create().name, type(Plugin).__name__, type(Hello) is ABCMeta)


class Sized(ABC):
    @abstractmethod
    def size(self):
        ...


class Box:
    def size(self):
        return 1


print(isinstance(Box(), Sized), issubclass(Box, Sized))
Sized.register(Box)
print(isinstance(Box(), Sized), issubclass(Box, Sized), issubclass(int, Sized))
print(isinstance(Square(2), ABC), abc.ABC is ABC, getattr(Shape.area, "__isabstractmethod__", False))
