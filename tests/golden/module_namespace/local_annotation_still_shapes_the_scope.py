# A function's variable annotation is never evaluated, yet, as in CPython,
# a `yield` inside one makes the function a generator and a `:=` inside one
# makes its target local.
def producer():
    x: (yield) = 1
print(type(producer()).__name__)
def reader():
    value: (kind := int) = 2
    try:
        return kind
    except UnboundLocalError:
        return "kind is local and unbound"
print(reader())
