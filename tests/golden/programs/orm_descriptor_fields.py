class ValidationError(Exception):
    pass


class Field:
    def __init__(self, default=None, required=True):
        self.default = default
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.validate(value)

    def validate(self, value):
        return value

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)


class IntField(Field):
    def __init__(self, min_value=None, max_value=None, **kw):
        super().__init__(**kw)
        self.min_value = min_value
        self.max_value = max_value

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError("%s must be an int, got %s" % (self.name, type(value).__name__))
        if self.min_value is not None and value < self.min_value:
            raise ValidationError("%s must be >= %d" % (self.name, self.min_value))
        if self.max_value is not None and value > self.max_value:
            raise ValidationError("%s must be <= %d" % (self.name, self.max_value))
        return value


class StrField(Field):
    def __init__(self, max_length=50, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError("%s must be a str" % self.name)
        value = value.strip()
        if len(value) > self.max_length:
            raise ValidationError("%s is too long (%d > %d)" % (self.name, len(value), self.max_length))
        return value


class Model:
    _tables = {}

    def __init_subclass__(cls):
        cls._fields = [v for v in cls.__dict__.values() if isinstance(v, Field)]
        cls._rows = []
        Model._tables[cls.__name__.lower()] = cls

    def __init__(self, **kwargs):
        for f in self._fields:
            if f.name in kwargs:
                setattr(self, f.name, kwargs.pop(f.name))
            elif f.required and f.default is None:
                raise ValidationError("missing field " + f.name)
        if kwargs:
            raise ValidationError("unknown fields: " + ", ".join(sorted(kwargs)))

    def save(self):
        type(self)._rows.append(self)
        self.id = len(type(self)._rows)
        return self

    @classmethod
    def filter(cls, **conditions):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in conditions.items())]

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in self._fields)
        return "%s(%s)" % (type(self).__name__, inner)


class User(Model):
    name = StrField(max_length=10)
    age = IntField(min_value=0, max_value=150)
    city = StrField(default="unknown", required=False)


class Product(Model):
    title = StrField()
    stock = IntField(min_value=0, default=0, required=False)


print(User._fields, sorted(Model._tables))
u = User(name="  Ann ", age=31).save()
User(name="Bob", age=40, city="Oslo").save()
User(name="Cy", age=31, city="Oslo").save()
print(u, u.id, u.city)
print(User.filter(age=31))
print(User.filter(city="Oslo", age=40))
print(Product(title="Pen").save(), Product._rows, len(User._rows))
bad_inputs = [
    dict(name="Dee"),
    dict(name="Dee", age="old"),
    dict(name="Dee", age=-3),
    dict(name="Dee", age=200),
    dict(name="Deeeeeeeeeeeeeee", age=1),
    dict(name=5, age=1),
    dict(name="Dee", age=True),
    dict(name="Dee", age=1, email="x", phone="y"),
]
for kw in bad_inputs:
    try:
        User(**kw)
    except ValidationError as e:
        print(type(e).__name__ + ":", e)
u.age = 32
print(u.age, u.__dict__)
try:
    u.age = 3.5
except ValidationError as e:
    print(type(e).__name__ + ":", e)
print(User.age, type(User.__dict__["name"]).__name__)
