class MyList(list): pass
class MyDict(dict): pass
class MyStr(str): pass
class MyInt(int): pass
class MyBool:
    pass
ml, md, ms, mi = MyList(), MyDict(), MyStr("x"), MyInt(3)
print(isinstance(ml, list), type(ml) is list, type(ml) == MyList)
print(isinstance(md, dict), isinstance(ms, str), isinstance(mi, int), isinstance(mi, float))
print(issubclass(MyInt, int), issubclass(bool, int), issubclass(MyInt, (str, int)))
print([c.__name__ for c in MyStr.__mro__])
print(type(mi + 1).__name__, type(-mi).__name__, type(abs(mi)).__name__)
print(type(ms * 2).__name__, type(ms.strip()).__name__)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
