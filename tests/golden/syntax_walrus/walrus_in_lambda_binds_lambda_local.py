# Inside a lambda, `:=` binds a local of the lambda, not of the scope around it.
x = "outer"
f = lambda v: (x := v * 2) + 1
print(f(5), x)
g = lambda: [(y := i) for i in range(3)] + [y]
print(g())
