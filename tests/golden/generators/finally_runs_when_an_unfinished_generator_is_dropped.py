# CPython closes a suspended generator when it is garbage-collected, so its finally block runs.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

for x in gen():
    print("got", x)
    break
print("after loop")

g = gen()
next(g)
del g
print("after del")

def use():
    g = gen()
    print("use got", next(g))
use()
print("after function returned")
