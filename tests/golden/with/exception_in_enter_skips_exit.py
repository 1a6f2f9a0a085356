class BadEnter:
    def __enter__(self):
        print("enter raising")
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
class Good:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return False
try:
    with BadEnter():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with Good(1), BadEnter(), Good(2):
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self):
        raise ValueError("init failed")
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
try:
    with Good(3), BadInit():
        pass
except ValueError as e:
    print(type(e).__name__, e)
