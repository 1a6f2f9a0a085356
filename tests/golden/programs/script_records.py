class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing: {', '.join(missing)}")
        for k in self.fields:
            setattr(self, k, values[k])
    def _astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def _asdict(self):
        return {f: getattr(self, f) for f in self.fields}
    def _replace(self, **kw):
        d = self._asdict()
        d.update(kw)
        return type(self)(**d)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()
    def __hash__(self):
        return hash(self._astuple())
    def __lt__(self, other):
        return self._astuple() < other._astuple()
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __iter__(self):
        return iter(self._astuple())

class Point(Record):
    fields = ("x", "y")

class Person(Record):
    fields = ("name", "age", "email")

class Point3(Point):
    fields = Point.fields + ("z",)

def main():
    p = Point(1, 2)
    q = Point(y=2, x=1)
    print(p, q, p == q, p is q, hash(p) == hash(q))
    print(p._asdict(), p._replace(y=9), list(p))
    x, y = p
    print(x + y)
    people = [Person("Ann", 31, "a@x"), Person("Bob", 25, "b@x"), Person("Cid", 31, "c@x"), Person("Ann", 22, "a2@x")]
    print(sorted(people))
    print(sorted(people, key=lambda r: (-r.age, r.name)))
    print(min(people).name, max(people, key=lambda r: len(r.email)).email)
    s = {Point(0, 0), Point(0, 0), Point(1, 0), Point3(0, 0, 0)}
    print(len(s), Point(1, 0) in s, Point(5, 5) in s)
    d = {Point(0, 0): "origin", Point(1, 1): "diag"}
    print(d[Point(1, 1)], d.get(Point(2, 2), "none"))
    print(Point(0, 0) == Point3(0, 0, 0), Point(1, 2) != Point(1, 2))
    for bad in [lambda: Point(1, 2, 3), lambda: Point(1), lambda: Point(1, x=2), lambda: Point(1, w=2)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    print(Point3(1, 2, 3), Point3.fields)
    grouped = {}
    for pr in people:
        grouped.setdefault(pr.age, []).append(pr.name)
    print(dict(sorted(grouped.items())))

if __name__ == "__main__":
    main()
