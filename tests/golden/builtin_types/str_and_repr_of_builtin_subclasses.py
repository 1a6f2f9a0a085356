class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
print(L([1]), D(a=1), T((1, 2)), S("s"), I(5), F(1.5))
print(repr(L([1])), repr(D(a=1)), repr(T(())), repr(S("s")), repr(I(5)), repr(F(2.0)))
print([L(), S("q"), I(0)])
print(str(I(3)) + "!", "%d" % I(4), "%s" % S("t"), f"{F(0.25):.1%}")
class B(bytes): pass
print(B(b"ab"), len(B(b"ab")))
