from dataclasses import dataclass
@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class Key:
    x: int
    y: int
print(hash(Key(1, 2)) == hash((1, 2)), len({Key(1, 2), Key(1, 2), Key(2, 1)}))
