def tokens(items):
    for it in items:
        match it:
            case (name, value):
                yield f"{name}={value}"
            case str(word):
                yield word

print(list(tokens([("a", 1), "b", ("c", 3)])))
