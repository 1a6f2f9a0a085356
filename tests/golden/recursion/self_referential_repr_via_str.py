class Loop:
    def __str__(self):
        return "Loop:" + str(self)
try:
    str(Loop())
except RecursionError as e:
    print(type(e).__name__)
class Fmt:
    def __format__(self, spec):
        return f"{self}"
try:
    format(Fmt())
except RecursionError as e:
    print(type(e).__name__)
class Safe:
    depth = 0
    def __repr__(self):
        Safe.depth += 1
        if Safe.depth > 3:
            return "..."
        return "Safe(" + repr(self) + ")"
print(repr(Safe()))
