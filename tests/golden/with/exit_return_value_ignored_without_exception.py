class CM:
    def __init__(self, rv):
        self.rv = rv
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit returns", repr(self.rv))
        return self.rv
for rv in [True, False, None, 1, "", [1]]:
    with CM(rv):
        pass
def f():
    with CM(True):
        return "returned value kept"
print(f())
