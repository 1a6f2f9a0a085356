# `:=` inside subscript targets, `del`, `assert`, `return`, slices (parenthesised),
# dict keys (parenthesised), star arguments and conditional expressions.
a = [0, 0, 0]
a[i := 1] = 5
print(a, i)
del a[j := 0]
print(a, j)
assert (k := 3)
print(k)
def r():
    return (y := 2), y
print(r())
print(f"{(z := 'q')!r} {z}")
print(x := 10, x)
lst = [1, 2, 3]
print(lst[(s := 1):], s)
print({(t := 1): t})
print(*(u := [1, 2]), u)
while (n := len(lst)) > 1:
    lst.pop()
print(n, lst)
print([(v := w) for w in range(3)][v])
print(not (b := False), b)
print((c := 1) if (d := 0) else (e := 2), c if False else d, e)
