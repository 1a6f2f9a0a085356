# TypeError messages for binary and unary operators on mismatched types.
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: {} < {},
    lambda: 1 < "a",
    lambda: -"x",
    lambda: None + 1,
    lambda: [1] - [1],
    lambda: 2 ** "x",
    lambda: ~1.5,
    lambda: "%d" % "s",
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
