class CM:
    def __enter__(self):
        print("enter")
        return 42
    def __exit__(self, *a):
        print("exit")
with CM() as v:
    pass
print("value after with", v)
v = 0
try:
    with CM() as v:
        raise ValueError
except ValueError:
    print("v is", v)
x = CM()
print("created, not entered")
with x:
    print("in")
