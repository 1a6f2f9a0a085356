class Serializable:
    def to_data(self):
        return {"__type__": type(self).__name__, **{k: v for k, v in vars(self).items() if not k.startswith("_")}}


class Address(Serializable):
    def __init__(self, street, city):
        self.street = street
        self.city = city


class Person(Serializable):
    def __init__(self, name, age, address=None, tags=()):
        self.name = name
        self.age = age
        self.address = address
        self.tags = list(tags)
        self._secret = "hidden"


class Company(Serializable):
    def __init__(self, name, staff):
        self.name = name
        self.staff = staff
        self.founded = (1999, 12, 31)


def dumps(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, Serializable):
        obj = obj.to_data()
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + "  " + dumps(x, indent + 1) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + "  " + dumps(str(k)) + ": " + dumps(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("Object of type %s is not serializable" % type(obj).__name__)


def loads_types(data):
    registry = {cls.__name__: cls for cls in Serializable.__subclasses__()}
    if isinstance(data, list):
        return [loads_types(x) for x in data]
    if isinstance(data, dict) and "__type__" in data:
        cls = registry[data["__type__"]]
        obj = cls.__new__(cls)
        for k, v in data.items():
            if k != "__type__":
                setattr(obj, k, loads_types(v))
        return obj
    return data


home = Address("1 Main St", "Springfield")
ann = Person("Ann \"the coder\"", 34, home, ["admin", "dev"])
bob = Person("Bob", 27)
acme = Company("Acme", [ann, bob])
print(dumps(acme))
print(dumps([1, 2.5, True, None, "x", [], {}]))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
data = acme.to_data()
data["staff"] = [p.to_data() for p in acme.staff]
data["staff"][0]["address"] = home.to_data()
clone = loads_types(data)
print(type(clone).__name__, clone.name, [type(p).__name__ for p in clone.staff])
print(clone.staff[0].address.city, clone.staff[1].address, hasattr(clone.staff[0], "_secret"))
print(sorted(c.__name__ for c in Serializable.__subclasses__()))
