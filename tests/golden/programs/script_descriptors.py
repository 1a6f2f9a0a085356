class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass

class Positive(Validated):
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number")
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")

class NonEmpty(Validated):
    def __init__(self, maxlen=10):
        self.maxlen = maxlen
    def validate(self, value):
        if not value:
            raise ValueError(f"{self.public} must not be empty")
        if len(value) > self.maxlen:
            raise ValueError(f"{self.public} too long ({len(value)} > {self.maxlen})")

class OneOf(Validated):
    def __init__(self, *options):
        self.options = options
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {self.options}, not {value!r}")

class Product:
    name = NonEmpty(8)
    price = Positive()
    qty = Positive()
    kind = OneOf("food", "tool", "toy")
    def __init__(self, name, price, qty, kind):
        self.name = name
        self.price = price
        self.qty = qty
        self.kind = kind
    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty}, {self.kind!r})"

class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"computing {self.name}")
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Circle:
    def __init__(self, r):
        self.r = r
    @lazy
    def area(self):
        return 3.14159 * self.r ** 2

class Counted:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, cls):
        self.count += 1
        return self.count

class Host:
    hits = Counted()

def main():
    p = Product("hammer", 9.5, 3, "tool")
    print(p, p.__dict__)
    for kwargs in [dict(name="", price=1, qty=1, kind="toy"), dict(name="superlongname", price=1, qty=1, kind="toy"),
                   dict(name="ball", price=-1, qty=1, kind="toy"), dict(name="ball", price="1", qty=1, kind="toy"),
                   dict(name="ball", price=1, qty=0, kind="toy"), dict(name="ball", price=1, qty=1, kind="car")]:
        try:
            Product(**kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(type(Product.price).__name__, Product.name.maxlen, Product.kind.options)
    c = Circle(2)
    print(c.area)
    print(c.area, "area" in c.__dict__)
    h = Host()
    print(h.hits, h.hits, Host.hits)

if __name__ == "__main__":
    main()
