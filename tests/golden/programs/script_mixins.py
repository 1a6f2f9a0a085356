class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{self.__class__.__qualname__}({fields})"

class DictMixin:
    def to_dict(self):
        out = {}
        for k, v in vars(self).items():
            if k.startswith("_"):
                continue
            out[k] = v.to_dict() if isinstance(v, DictMixin) else v
        return out

class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    __hash__ = None

class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code

class Person(ReprMixin, DictMixin, ComparableMixin):
    population = 0
    def __init__(self, name, age, address=None):
        self.name = name
        self.age = age
        self.address = address
        self._secret = "hidden"
        Person.population += 1
    def _key(self):
        return (self.age, self.name)
    @property
    def label(self):
        return self.name.title()

class Employee(Person):
    def __init__(self, name, age, salary, **kw):
        super().__init__(name, age, **kw)
        self.salary = salary
    @property
    def label(self):
        return super().label + " (emp)"

class Counter:
    count = 0
    def hit(self):
        self.count += 1
        return self.count

def main():
    home = Address("Paris", "75001")
    p = Person("ada lovelace", 36, address=home)
    e = Employee("alan", 41, 5000, address=Address("London", "N1"))
    print(p)
    print(e)
    print(p.to_dict())
    print(e.to_dict())
    print(p.label, e.label, Person.population)
    people = [e, p, Person("bob", 36), Employee("cy", 20, 10)]
    print([x.name for x in sorted(people)])
    print(p == Person("ada lovelace", 36), p == e, Person.__hash__)
    try:
        {p}
    except TypeError as ex:
        print("TypeError:", ex)
    print([c.__name__ for c in Employee.__mro__])
    c1, c2 = Counter(), Counter()
    print(c1.hit(), c1.hit(), c2.hit(), Counter.count, vars(c1))
    Counter.count = 100
    print(Counter().hit(), c1.hit())
    data = {"people": people[:2], "n": 2, "ratio": 2 / 3, "tags": ("a", None, True)}
    print(data)

if __name__ == "__main__":
    main()
