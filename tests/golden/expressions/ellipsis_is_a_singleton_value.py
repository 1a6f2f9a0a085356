# `...` is the one instance of `ellipsis`, also reachable as the name Ellipsis.
print(...)
print(repr(...), str(...), f"{...}")
print(type(...), type(...).__name__)
print(... is Ellipsis, ... == Ellipsis, ... is ..., ... != None)
print(bool(...), type(...)() is ...)
print([1, ..., 3], {...: "dots"}[...])
print(isinstance(..., type(...)))
