class ViaIter:
    def __iter__(self):
        print("iter used")
        return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())
class ViaContains:
    def __contains__(self, x):
        return x == "magic"
print("magic" in ViaContains(), "other" in ViaContains(), "other" not in ViaContains())
class Truthy:
    def __contains__(self, x):
        return [1]
print(1 in Truthy())
class Nope:
    pass
try:
    1 in Nope()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
