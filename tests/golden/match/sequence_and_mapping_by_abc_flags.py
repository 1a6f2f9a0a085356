# collections.abc's Sequence and Mapping mark themselves with __abc_tpflags__;
# their subclasses and registered classes match sequence and mapping patterns.
from abc import ABCMeta


class Sequence(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


class Mapping(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6


class Row:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


Sequence.register(Row)
Sequence.register(str)  # built-in classes keep their own rules

match Row(1, 2, 3):
    case [first, *rest]:
        print("registered sequence", first, rest)

match "ab":
    case [a, b]:
        print("no")
    case _:
        print("str is still not a sequence pattern subject")


class Pair(Sequence):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


match Pair():
    case [x, y]:
        print("derived sequence", x, y)


class Config(Mapping):
    def __init__(self, **d):
        self.d = d

    def __len__(self):
        return len(self.d)

    def __getitem__(self, k):
        return self.d[k]

    def keys(self):
        return self.d.keys()

    def get(self, k, default=None):
        return self.d.get(k, default)


match Config(host="localhost", port=80):
    case {"host": h, **rest}:
        print("derived mapping", h, rest)

match Row(1, 2):
    case {"a": _}:
        print("no")
    case _:
        print("a sequence is not a mapping")
