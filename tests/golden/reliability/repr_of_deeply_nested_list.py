# repr of a list nested 100,000 deep: a RecursionError at once, as CPython
# gives; shallower ones print, and the guard counts frames as CPython does.
def attempt(n, wrap, show=repr):
    x = wrap(None)
    for i in range(n):
        x = wrap(x)
    try:
        print(n, len(show(x)))
    except RecursionError as e:
        print(n, "RecursionError:", e)

for n in [100000, 5000, 998, 997, 500]:
    attempt(n, lambda x: [x])
attempt(100000, lambda x: {"k": x})
attempt(100000, lambda x: (x,), str)
attempt(100000, lambda x: [1, x, 2], str)

def inside():
    attempt(997, lambda x: [x])
    attempt(996, lambda x: [x])

inside()
print("still running")
