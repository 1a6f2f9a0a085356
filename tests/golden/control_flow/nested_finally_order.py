# Nested try/finally blocks unwind inside-out, also through break.
def f():
    try:
        try:
            print("inner try")
            return "value"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f())
for i in range(2):
    try:
        try:
            break
        finally:
            print("inner", i)
    finally:
        print("outer", i)
print("after")
