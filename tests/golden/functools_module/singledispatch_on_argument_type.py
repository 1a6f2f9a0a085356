from functools import singledispatch
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register(str)
def _(x):
    return f"str {x}"
print(show(1))
print(show(True))
print(show("s"))
print(show([1, "a", 2.5]))
print(show.dispatch(bool).__name__ == "_", show.registry[object] is show.__wrapped__)
