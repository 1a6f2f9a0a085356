# TypeError messages for wrong numbers or names of arguments.
def two(a, b):
    return a + b
def three(a, b, c=0):
    return a
def none():
    return 0
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: three(1, 2, 3, 4),
    lambda: none(1),
    lambda: two(1, a=1),
    lambda: two(1, c=2),
    lambda: three(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
