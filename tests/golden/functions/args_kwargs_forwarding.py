# *args/**kwargs collect extra arguments and forward them unchanged.
def target(a, b=2, *, c=3):
    return (a, b, c)
def wrapper(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return target(*args, **kwargs)
print(wrapper(1))
print(wrapper(1, 5, c=9))
print(wrapper(a=7))
def collect(*args, **kwargs):
    return len(args), sorted(kwargs)
print(collect(), collect(1, 2, z=1, a=2))
