# CPython stores captured names only once a whole pattern matches.
x = "unset"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
print(x)

y = "unset"
match {"a": 1}:
    case {"a": y, "b": _}:
        pass
print(y)
