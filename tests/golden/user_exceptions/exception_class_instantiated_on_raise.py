class Loud(Exception):
    def __init__(self, *args):
        print("Loud.__init__", args)
        super().__init__(*args)
try:
    raise Loud
except Loud as e:
    print("caught", repr(e), e.args)
try:
    raise Loud("with arg")
except Loud as e:
    print("caught", repr(e))
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
