# Decorators that are plain functions, stacked, and with arguments.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper
def exclaim(n):
    def deco(f):
        def wrapper(*args):
            return f(*args) + "!" * n
        return wrapper
    return deco
@shout
def greet(name):
    return "hello " + name
@exclaim(3)
@shout
def bye(name):
    return "bye " + name
print(greet("ann"), bye("bob"))
calls = []
def logged(f):
    def inner(x):
        calls.append(x)
        return f(x)
    return inner
@logged
def square(x):
    return x * x
print(square(3), square(4), calls)
