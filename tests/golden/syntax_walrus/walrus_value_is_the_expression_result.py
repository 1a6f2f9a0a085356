# The value of `(name := expr)` is the value bound, usable in any expression.
print((a := 5) + a)
print([b := "x", b * 3])
print({(c := 1), c + 1})
print({"k": (d := [1, 2])}, d)
print(f"{(e := 7)} and {e}")
data = [10, 20, 30]
print(data[i := 2], i)
def echo(*args, **kw):
    return args, kw
print(echo(v := 4, w=v))
