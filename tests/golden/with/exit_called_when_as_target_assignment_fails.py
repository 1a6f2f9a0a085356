class CM:
    def __enter__(self):
        print("enter")
        return (1, 2)
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, ev)
        return False
try:
    with CM() as (a, b, c):
        print("body not run")
except ValueError as e:
    print("caught", e)
class Holder:
    __slots__ = ()
try:
    with CM() as Holder().x:
        print("body not run")
except AttributeError as e:
    print("caught", e)
