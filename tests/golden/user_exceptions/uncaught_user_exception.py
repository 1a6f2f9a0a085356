class FatalError(Exception):
    def __init__(self, reason):
        super().__init__("fatal: " + reason)
        self.reason = reason
print("starting")
def deep(n):
    if n == 0:
        print("about to raise")
        raise FatalError("out of cheese")
    deep(n - 1)
deep(3)
print("never printed")
