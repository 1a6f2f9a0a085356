class CleanupError(Exception):
    pass
try:
    print("work")
    raise CleanupError("bad state")
finally:
    print("finally still runs")
print("not reached")
