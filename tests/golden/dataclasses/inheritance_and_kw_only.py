from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 9
print(Child(), Child(1, "x", 2.0), Child.__match_args__)
@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 3
print(Opts("/tmp", depth=5), Opts.__match_args__)
@dataclass(kw_only=True)
class Conf:
    host: str
    port: int = 80
print(Conf(host="h"))
try:
    Conf("h")
except TypeError as e:
    print(e)
