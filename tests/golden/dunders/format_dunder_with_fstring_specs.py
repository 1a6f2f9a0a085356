class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.amount)
        if spec == "words":
            return str(self.amount) + " dollars"
        return "$" + format(self.amount, spec)
    def __str__(self):
        return "Money-str"
m = Money(12.5)
print(f"{m}")
print(f"{m:words}")
print(f"{m:.3f}")
print(f"{m:>10.1f}|")
print(format(m), format(m, "words"))
print("{} {:words} {:08.2f}".format(m, m, m))
print(f"{m!s}", f"{m!r}"[:8])
w = 7
print(f"{m:{w}.1f}|")
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", f"{Plain()!s:>8}|", format(Plain(), ""))
try:
    f"{Plain():>8}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
