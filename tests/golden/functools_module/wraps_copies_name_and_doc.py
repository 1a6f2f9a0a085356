from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2))
print(add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(3, 4))
