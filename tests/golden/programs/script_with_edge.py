class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter failed: {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} with {et.__name__ if et else None}: {ev}")
        if self.fail_exit:
            raise ValueError(f"exit failed: {self.name}")
        return self.suppress

def returns_inside():
    with CM("r") as n:
        return f"returned {n}"

def gen_with():
    with CM("g"):
        yield "a"
        yield "b"

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.used = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.conn = pool.free.pop(0)
                pool.used.append(self.conn)
                return self.conn
            def __exit__(self, *exc):
                pool.used.remove(self.conn)
                pool.free.append(self.conn)
        return Lease()

def main():
    try:
        with CM("a") as a, CM("b", fail_enter=True) as b:
            print("body")
    except RuntimeError as e:
        print("caught", e)
    try:
        with CM("c", fail_exit=True):
            raise KeyError("k")
    except ValueError as e:
        print("caught", e, "| context:", repr(e.__context__))
    with CM("outer", suppress=True):
        with CM("inner"):
            raise IndexError("deep")
    print("survived")
    print(returns_inside())
    g = gen_with()
    print(next(g))
    g.close()
    print(list(gen_with()))
    p = Pool(2)
    with p.acquire() as c1:
        with p.acquire() as c2:
            print("conns", c1, c2, p.free, p.used)
            try:
                with p.acquire() as c3:
                    print("no")
            except RuntimeError as e:
                print(e)
    print(p.free, p.used)
    cm = CM("reuse")
    for i in range(2):
        with cm as v:
            print(v, i)
    with CM("x") as (first, *rest):
        print(first, rest)

if __name__ == "__main__":
    main()
