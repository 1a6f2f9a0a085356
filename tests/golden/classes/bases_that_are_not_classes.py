# A base that is not a class: its type is called as the metaclass, and refuses as CPython's does.
try:
    int("Bad", (5,), {})
except TypeError as e:
    print(e)
for b in [5, "s", None]:
    try:
        class Bad(b):
            pass
    except TypeError as e:
        print(e)
print(type(None)(), type(...)())
for t in (type(None), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(e)
