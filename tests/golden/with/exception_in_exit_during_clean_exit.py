class Fails:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.name == "inner":
            raise OSError("inner exit failed")
        return False
try:
    with Fails("outer"), Fails("inner"):
        print("body")
except OSError as e:
    print("caught", type(e).__name__, e)
