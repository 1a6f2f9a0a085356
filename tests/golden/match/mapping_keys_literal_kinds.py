class Keys:
    NAME = "name"

d = {1: "int", -2: "neg", "s": "str", None: "none", True: "true", b"b": "bytes", "name": "n"}
match d:
    case {1: a, -2: b, "s": c, None: e, b"b": f, Keys.NAME: g}:
        print(a, b, c, e, f, g)
