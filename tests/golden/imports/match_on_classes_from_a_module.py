import greet
from errors_mod import NotFound


def describe(x):
    match x:
        case greet.Greeter(word=w):
            return f"a greeter saying {w}"
        case NotFound(key=k):
            return f"not found: {k}"
        case _:
            return "something else"


print(describe(greet.Greeter("ahoy")))
print(describe(NotFound("k1")))
print(describe(3))
