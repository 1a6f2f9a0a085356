# Arguments bind to parameters by position, then by name, then defaults.
def f(a, b=2, c=3):
    return f"a={a} b={b} c={c}"
print(f(1))
print(f(1, c=30))
print(f(c=300, a=100))
print(f(1, 2, 3))
try:
    f(1, a=1)
except TypeError as e:
    print(e)
try:
    f(b=1)
except TypeError as e:
    print(e)
