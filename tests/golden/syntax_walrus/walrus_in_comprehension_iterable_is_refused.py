# CPython refuses `:=` anywhere inside a comprehension iterable.
print([x for x in (pool := [1, 2])])
