from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
    z: int = 0
for call in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, w=3), lambda: Point(1, x=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
@dataclass
class Pair:
    a: str
    b: str
    c: str
try:
    Pair()
except TypeError as e:
    print(e)
