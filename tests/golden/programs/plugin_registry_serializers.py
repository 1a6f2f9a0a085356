class Serializer:
    registry = {}
    extension = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.extension is None:
            raise TypeError(cls.__name__ + " must define extension")
        Serializer.registry[cls.extension] = cls

    @classmethod
    def for_extension(cls, ext):
        try:
            return cls.registry[ext]()
        except KeyError:
            raise ValueError("no serializer for ." + ext) from None

    def dumps(self, data):
        raise NotImplementedError


class CSVSerializer(Serializer):
    extension = "csv"

    def dumps(self, rows):
        keys = list(rows[0])
        lines = [",".join(keys)]
        for r in rows:
            lines.append(",".join(str(r[k]) for k in keys))
        return "\n".join(lines)


class KVSerializer(Serializer):
    extension = "kv"

    def dumps(self, rows):
        return "\n".join(";".join("%s=%s" % kv for kv in r.items()) for r in rows)


class TableSerializer(Serializer):
    extension = "txt"

    def dumps(self, rows):
        keys = list(rows[0])
        widths = {k: max(len(k), max(len(str(r[k])) for r in rows)) for k in keys}
        head = " | ".join(k.ljust(widths[k]) for k in keys)
        sep = "-+-".join("-" * widths[k] for k in keys)
        body = [" | ".join(str(r[k]).ljust(widths[k]) for k in keys) for r in rows]
        return "\n".join([head, sep] + body)


class UpperTable(TableSerializer):
    extension = "TXT"

    def dumps(self, rows):
        return super().dumps(rows).upper()


rows = [{"name": "ada", "lang": "python", "year": 1991}, {"name": "grace", "lang": "cobol", "year": 1959}]
print(sorted(Serializer.registry))
for ext in ["csv", "kv", "txt", "TXT"]:
    s = Serializer.for_extension(ext)
    print("==", ext, type(s).__name__)
    print(s.dumps(rows))
try:
    Serializer.for_extension("xml")
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
try:
    class Broken(Serializer):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Broken" in [c.__name__ for c in Serializer.registry.values()])
print([c.__name__ for c in UpperTable.__mro__])
