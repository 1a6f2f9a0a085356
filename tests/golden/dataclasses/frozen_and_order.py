from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1): "one"}[Version(1, 0)])
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    Version(1) < 3
except TypeError as e:
    print(e)
