from functools import partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
print(square(7), square(7, exp=3))
two_to = partial(power, 2)
print(two_to(10), partial(power, 2, 10, mod=1000)())
print(square.func is power, square.args, square.keywords)
