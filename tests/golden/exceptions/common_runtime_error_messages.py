# str(e) of the usual runtime errors, with the exception type.
def none_call():
    f = None
    return f()
def int_call():
    five = 5
    return five()
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.5 / 0,
    lambda: [1][5],
    lambda: {"a": 1}["b"],
    lambda: 1 + "x",
    lambda: "x" + 1,
    none_call,
    lambda: undefined_thing,
    lambda: int("abc"),
    lambda: int("4.5"),
    lambda: float("x1"),
    lambda: "abc".nosuch,
    lambda: None.attr,
    lambda: [].index(3),
    lambda: int_call(),
    lambda: len(5),
    lambda: divmod(1, 0),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
