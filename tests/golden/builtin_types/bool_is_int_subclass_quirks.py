print(True + True, True * 10, False - 1, True / 2, True // 1, -True)
print(isinstance(True, int), type(True + 0).__name__, type(True & True).__name__, type(True & 1).__name__)
print(True == 1, False == 0, hash(True) == hash(1))
d = {1: "int one", True: "bool true"}
print(d, len(d))
print(sum([True, True, False]), max(True, 2), sorted([True, 0, False, 2]))
print(str(True), repr(False), int(True), float(False), bool("False"))
print(["a", "b"][True], "abc"[False])
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(5), bool(0), bool(None), bool(()), bool("0"))
