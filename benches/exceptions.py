# Raising and catching exceptions in a loop, through a call frame.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

caught_v = caught_k = ok = 0
for i in range(1200000):
    try:
        ok += check(i)
    except ValueError:
        caught_v += 1
    except KeyError:
        caught_k += 1
    finally:
        ok += 1
print("exceptions", caught_v, caught_k, ok)
