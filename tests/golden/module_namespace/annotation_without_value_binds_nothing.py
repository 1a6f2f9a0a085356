# `x: T` records the annotation but binds no value.
pending: int
print("pending" in __annotations__)
try:
    print(pending)
except NameError as e:
    print("NameError:", e)
def f():
    local: int
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
