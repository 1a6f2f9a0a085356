class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self.depth
    def __exit__(self, *a):
        print("exit depth", self.depth)
        self.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("inside", d1, d2)
with r:
    print("again")
print(r.depth)
class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("already used")
        self.used = True
        return self
    def __exit__(self, *a):
        pass
o = OneShot()
with o:
    print("first ok")
try:
    with o:
        print("no")
except RuntimeError as e:
    print(type(e).__name__, e)
