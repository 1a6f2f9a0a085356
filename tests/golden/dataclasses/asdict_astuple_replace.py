from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
n = Node(1, [Node(2), Node(3, [Node(4)])], {"k": (Node(5),)})
print(n)
print(asdict(n))
print(astuple(n))
print(replace(n, val=10).val, [f.name for f in fields(Node)], is_dataclass(n), is_dataclass(Node), is_dataclass(3))
@dataclass
class Counter:
    n: int
    seen: int = field(init=False, default=0)
try:
    replace(Counter(1), seen=2)
except ValueError as e:
    print(e)
try:
    asdict(3)
except TypeError as e:
    print(e)
