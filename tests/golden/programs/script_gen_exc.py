class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else "-", tb is not None)

def reader(lines):
    with Resource("reader"):
        try:
            for ln in lines:
                cmd = yield ln.upper()
                if cmd:
                    print("  got command", cmd)
        except GeneratorExit:
            print("  generator closed")
            raise
        finally:
            print("  reader finally")

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  reset because", e)
            n = 0

def inner():
    yield 1
    yield 2
    return "inner-done"

def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield 3
    return "outer-done"

def finally_override():
    try:
        return "try"
    finally:
        return "finally"

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def main():
    g = reader(["a", "b", "c"])
    print(next(g))
    print(g.send("stop"))
    g.close()
    print("closed")
    print(list(reader(["x"])))
    c = counter()
    print(next(c), next(c), next(c))
    print(c.throw(ValueError("too high")))
    print(next(c))
    c.close()
    try:
        next(c)
    except StopIteration:
        print("exhausted")
    o = outer()
    print(list(o))
    o2 = outer()
    for v in o2:
        pass
    print(finally_override(), loop_finally())
    try:
        raise KeyError("a")
    except KeyError as e:
        pass
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)
    def reraiser():
        try:
            int("z")
        except ValueError:
            print("  logging and reraising")
            raise
    try:
        reraiser()
    except ValueError as e:
        print("outer caught", e)
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("AssertionError:", e, e.args)
    try:
        assert False
    except AssertionError as e:
        print(repr(e))
    gen = (i for i in range(3))
    print(next(gen), list(gen), list(gen))
    def g2():
        yield 1
        raise RuntimeError("inside gen")
    try:
        for v in g2():
            print("v", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    def stopper():
        yield 1
        raise StopIteration
    try:
        list(stopper())
    except RuntimeError as e:
        print("RuntimeError:", e)

if __name__ == "__main__":
    main()
