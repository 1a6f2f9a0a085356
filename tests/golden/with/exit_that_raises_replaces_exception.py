class Raising:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None)
        raise KeyError("from exit")
try:
    with Raising():
        pass
except KeyError as e:
    print("caught", repr(e), e.__context__)
try:
    with Raising():
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e))
    print("context", type(e.__context__).__name__, e.__context__)
except ValueError as e:
    print("wrong one", e)
class Conv:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError("converted") from ev
try:
    with Conv():
        1 // 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
