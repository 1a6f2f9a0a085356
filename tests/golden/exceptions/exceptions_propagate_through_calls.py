# An exception unwinds through several frames, running each finally on the way.
def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    try:
        level2()
    except KeyError:
        print("wrong handler")
    finally:
        print("level1 cleanup")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
