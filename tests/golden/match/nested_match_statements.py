def classify(v):
    match v:
        case (kind, payload):
            match kind:
                case "num":
                    return f"number {payload}"
                case "str":
                    return f"string {payload!r}"
        case _:
            pass
    return "unknown"

print(classify(("num", 3)), classify(("str", "x")), classify(("bool", True)), classify(1))
