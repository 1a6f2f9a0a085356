# Re-entering a running generator (next/send/throw from its own body) raises ValueError.
def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("after:", next(me, "exhausted"))

def reentrant_send():
    try:
        me2.send(None)
    except ValueError as e:
        print("  inside:", e)
    yield "continued"
me2 = reentrant_send()
print(next(me2))

def reentrant_throw():
    try:
        me3.throw(KeyError)
    except ValueError as e:
        print("  throw inside:", e)
    yield "ok"
me3 = reentrant_throw()
print(next(me3))

def reentrant_close():
    try:
        me4.close()
    except ValueError as e:
        print("  close inside:", e)
    yield "still ok"
me4 = reentrant_close()
print(next(me4))
