class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print(self.name, "cleaning up after", et.__name__ + ":", ev)
        return isinstance(ev, LookupError)
def level3(d):
    return d["missing"]
def level2(d):
    with Guard("level2"):
        return level3(d)
def level1():
    with Guard("level1"):
        r = level2({})
        print("level2 returned", r)
        raise ValueError("after lookup")
try:
    level1()
except ValueError as e:
    print("top caught", e)
