class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1)
x = OnlyNe()
print(x == x)
class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented
e = EqNotImpl()
print(e == e, e == EqNotImpl(), e != e)
class Both:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
print(Both() == 1, Both() != 1)
class Rev:
    def __eq__(self, o):
        print("Rev.__eq__ called with", type(o).__name__)
        return True
print(1 == Rev(), "s" == Rev(), [1] == Rev(), None == Rev())
print(1 != Rev())
