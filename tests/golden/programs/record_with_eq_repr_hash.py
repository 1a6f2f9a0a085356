class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError("%s takes %d positional arguments but %d were given"
                            % (type(self).__name__, len(self.fields), len(args)))
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError("%s got an unexpected keyword argument %r" % (type(self).__name__, k))
            if k in values:
                raise TypeError("%s got multiple values for argument %r" % (type(self).__name__, k))
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError("%s missing required argument(s): %s" % (type(self).__name__, ", ".join(missing)))
        for f in self.fields:
            setattr(self, f, values[f])

    def _astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields)
        return type(self).__name__ + "(" + inner + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash((type(self).__name__,) + self._astuple())

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() < other._astuple()

    def replace(self, **changes):
        values = dict(zip(self.fields, self._astuple()))
        values.update(changes)
        return type(self)(**values)

    def asdict(self):
        return dict(zip(self.fields, self._astuple()))


class Point(Record):
    fields = ("x", "y")


class Employee(Record):
    fields = ("name", "dept", "salary")


p = Point(1, 2)
q = Point(y=2, x=1)
print(p, q, p == q, p is q, hash(p) == hash(q))
print(p != Point(2, 1), p == (1, 2))
print(len({p, q, Point(0, 0)}))
print(p.replace(y=5), p)
print(p.asdict())
staff = [
    Employee("Zoe", "eng", 120),
    Employee("Adam", "ops", 90),
    Employee("Mia", "eng", 110),
]
print(sorted(staff))
print(sorted(staff, key=lambda e: -e.salary)[0])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
lookup = {Employee("Adam", "ops", 90): "found"}
print(lookup[staff[1]])
for bad in [lambda: Point(1, 2, 3), lambda: Point(1), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Point(1, 2) < Employee("a", "b", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point(1, 2) == Employee(1, 2, 3))
