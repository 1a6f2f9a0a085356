# coro-only: classes are not supported yet; python3 runs this file
print("never runs")

class Point:
    pass
