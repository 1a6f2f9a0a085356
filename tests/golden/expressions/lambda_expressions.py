# Lambdas with defaults, varargs, closures over loop variables, and immediate calls.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: "no args")())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
