class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return False
def run(fail):
    try:
        with CM():
            print("body")
            if fail:
                raise ValueError("boom")
        print("after with")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
def ret():
    try:
        with CM():
            return "from with"
    finally:
        print("finally after exit")
print(ret())
try:
    with CM():
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
except KeyError as e:
    print("outer caught", e)
