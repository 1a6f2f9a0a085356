from __future__ import annotations
# The strings are the annotation printed back from its syntax tree, as
# CPython does: spacing normalised, parentheses only where needed.
def f(a: List[ int ], b: "quoted" = 1, *rest: tuple[int, ...],
      k: int|None = None, **kw: dict[str, Callable[[int], str]]) -> Dict[str,int]:
    ...
for name, text in f.__annotations__.items():
    print(name, repr(text))
x: thing.attr[1:2, ::3]
y: lambda a, *b, c=1, **d: (a if b else -c) ** 2
z: [i for i in range(3) if i > 1]
w: {1: 2, **m}
v: (1, 2)
u: f(*a, k=1, **kw) and not b or c
t: 1 .real + 2.5e20 * -(3 - 4) - (5 - 6)
s: a < b <= c is not d not in e
o: {*()}
kk: ((1,),) + ()
ii: 2 ** 3 ** 4 + (2 ** 3) ** 4
for name, text in __annotations__.items():
    print(name, repr(text))
