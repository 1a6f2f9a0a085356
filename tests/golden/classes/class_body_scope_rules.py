x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(2)]
    squares = [i * i for i in range(4)]
print(C.y, C().m(), C.z, C.squares)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
class Cond:
    if True:
        flag = "yes"
    else:
        flag = "no"
    def a(self): return 1
    def a(self): return 2
print(Cond.flag, Cond().a())
def make(v):
    class K:
        val = v
        def get(self):
            return v * 2
    return K
print(make(3).val, make(4)().get())
