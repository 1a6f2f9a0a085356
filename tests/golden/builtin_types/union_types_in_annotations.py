# `X | Y` of types: what annotations evaluated at def time and isinstance checks use.
from __future__ import print_function  # an unrelated future import keeps annotations evaluated


class Node:
    pass


def find(items: list[int], target: int) -> int | None:
    for i, x in enumerate(items):
        if x == target:
            return i
    return None


print(find.__annotations__)
print(find([3, 4, 5], 4), find([], 1))

u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, Node | None)
print(int | str | int, (int | str) | (str | float))
print(int | int, list[int] | None, dict[str, list[int]])
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.0, int | str))
print(isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), (int | str) == (int | float), list[int] == list[int])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int]([1, 2]), tuple[()], list["Node"])
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: int | 1, lambda: None | None, lambda: 1 | str]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Config:
    name: str | None = None
    retries: int | float = 3

    def __init__(self, name: str | None = None) -> None:
        self.name = name


print(Config.__annotations__)
print(Config.__init__.__annotations__)
