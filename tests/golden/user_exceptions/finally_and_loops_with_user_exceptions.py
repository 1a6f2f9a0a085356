class Skip(Exception):
    pass
class Stop(Exception):
    pass
log = []
for i in range(6):
    try:
        if i % 2:
            raise Skip(i)
        if i == 4:
            raise Stop("stop at %d" % i)
        log.append("ok %d" % i)
    except Skip as e:
        log.append("skip %s" % e)
        continue
    except Stop as e:
        log.append(str(e))
        break
    finally:
        log.append("finally %d" % i)
print(log)
def f():
    try:
        raise Skip("from f")
    finally:
        return "finally return swallows the exception"
print(f())
def g():
    for i in range(3):
        try:
            raise Stop(i)
        finally:
            if i < 2:
                continue
    return "loop finished"
try:
    print(g())
except Stop as e:
    print("escaped on last iteration:", repr(e))
