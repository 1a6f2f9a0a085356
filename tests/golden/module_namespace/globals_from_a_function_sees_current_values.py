# A function's globals() is its module's namespace at the time of the call.
def snapshot():
    return {k: v for k, v in globals().items() if k in ("a", "b")}
print(snapshot())
a = 1
print(snapshot())
b = [a]
print(snapshot())
del a
print(snapshot())
