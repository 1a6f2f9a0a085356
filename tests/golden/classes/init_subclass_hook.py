class Plugin:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.plugins.append(cls.__name__)
        print("registered", cls.__name__, key)

class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
class C(A, key="c"):
    pass
print(Plugin.plugins)
print(A.key, B.key, C.key)
print(hasattr(Plugin, "key"))
try:
    class D(Plugin, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
