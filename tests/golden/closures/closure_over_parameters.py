# Parameters and loop-local values can be captured and used after the call returns.
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), [multiplier(k)(10) for k in range(4)])
def adders(*deltas):
    return [lambda x, d=d: x + d for d in deltas]
print([f(100) for f in adders(1, 2, 3)])
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
