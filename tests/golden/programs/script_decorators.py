def log_calls(fn):
    def wrapper(*args, **kwargs):
        arg_s = ", ".join([repr(a) for a in args[1:]] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__name__}({arg_s})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*a, **kw):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    last = e
                    print(f"   attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

def validate_types(**types):
    def deco(fn):
        def wrapper(self, *args):
            names = fn.__code__.co_varnames[1:1 + len(args)] if False else list(types)
            for name, val in zip(names, args):
                if not isinstance(val, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(val).__name__}")
            return fn(self, *args)
        return wrapper
    return deco

class cached_property:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        v = inst.__dict__[self.name] = self.fn(inst)
        return v

class Service:
    def __init__(self):
        self.calls = 0
    @log_calls
    def add(self, a, b=0):
        return a + b
    @retry(3, (ConnectionError,))
    def flaky(self):
        self.calls += 1
        if self.calls < 3:
            raise ConnectionError(f"try {self.calls}")
        return "connected"
    @retry(2)
    def broken(self):
        raise ValueError("always")
    @validate_types(name=str, count=int)
    def order(self, name, count):
        return f"{count} x {name}"
    @cached_property
    def config(self):
        print("   loading config")
        return {"debug": True}
    @staticmethod
    @log_calls
    def helper(x, y):
        return x * y
    @classmethod
    def create(cls):
        return cls()

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def main():
    s = Service.create()
    s.add(2, b=3)
    s.add("x", "y")
    print(s.flaky(), s.calls)
    try:
        s.broken()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    print(s.order("apple", 3))
    try:
        s.order("apple", "3")
    except TypeError as e:
        print(e)
    print(s.config, s.config)
    print(Service.helper(6, 7), s.helper(2, 3))
    c1, c2 = counter(), counter()
    print(c1(), c1(), c1(10), c2())
    funcs = [lambda x, i=i: x + i for i in range(3)]
    late = [lambda x: x + i for i in range(3)]
    print([f(10) for f in funcs], [f(10) for f in late])
    def compose(*fs):
        def h(x):
            for f in reversed(fs):
                x = f(x)
            return x
        return h
    print(compose(str, lambda n: n * 2, abs)(-21))

if __name__ == "__main__":
    main()
