def parse(s):
    match s.split("="):
        case [key, value] if (n := len(value)) > 0:
            return f"{key} is {value!r} ({n} chars)"
        case [key, _]:
            return f"{key} is empty"
        case _:
            return "not an assignment"

for s in ["a=1", "b=", "c"]:
    print(parse(s))
