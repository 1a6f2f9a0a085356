class SerializeError(TypeError):
    pass

class Encoder:
    def __init__(self, indent=None, sort_keys=False):
        self.indent = indent
        self.sort_keys = sort_keys
    def encode(self, obj, level=0):
        if obj is None:
            return "null"
        if obj is True:
            return "true"
        if obj is False:
            return "false"
        if isinstance(obj, (int, float)):
            if obj != obj or obj in (float("inf"), -float("inf")):
                raise SerializeError(f"cannot encode {obj}")
            return repr(obj)
        if isinstance(obj, str):
            return self.quote(obj)
        if isinstance(obj, (list, tuple)):
            return self.seq("[", "]", [self.encode(x, level + 1) for x in obj], level)
        if isinstance(obj, dict):
            items = sorted(obj.items()) if self.sort_keys else obj.items()
            parts = []
            for k, v in items:
                if not isinstance(k, str):
                    k = str(k)
                sep = ": " if self.indent is not None else ":"
                parts.append(self.quote(k) + sep + self.encode(v, level + 1))
            return self.seq("{", "}", parts, level)
        if hasattr(obj, "to_json"):
            return self.encode(obj.to_json(), level)
        raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")
    def quote(self, s):
        esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
        return '"' + "".join(esc.get(c, c) for c in s) + '"'
    def seq(self, o, c, parts, level):
        if not parts:
            return o + c
        if self.indent is None:
            return o + ",".join(parts) + c
        pad = " " * (self.indent * (level + 1))
        end = " " * (self.indent * level)
        return o + "\n" + ",\n".join(pad + p for p in parts) + "\n" + end + c

class Decoder:
    def __init__(self, text):
        self.t, self.i = text, 0
    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.t[self.i] == ":", f"expected : at {self.i}"
                self.i += 1
                d[k] = self.value()
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return d
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                ch = self.t[self.i]
                self.i += 1
                if ch == "]":
                    return out
        if c == '"':
            j = self.i + 1
            buf = []
            while self.t[j] != '"':
                if self.t[j] == "\\":
                    j += 1
                    buf.append({"n": "\n", "t": "\t"}.get(self.t[j], self.t[j]))
                else:
                    buf.append(self.t[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(lit, self.i):
                self.i += len(lit)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)

class User:
    def __init__(self, name, tags):
        self.name, self.tags = name, tags
    def to_json(self):
        return {"name": self.name, "tags": self.tags}

def main():
    data = {"b": [1, 2.5, -3e-7, True, None], "a": {"x": "he said \"hi\"\n", "y": []}, 3: "int key",
            "users": [User("ann", ["admin"]), User("bob", [])], "big": 10 ** 20, "f": 1e22, "g": 0.1}
    e = Encoder()
    s = e.encode(data)
    print(s)
    print(Encoder(indent=2, sort_keys=False).encode({"k": [1, {"z": None}], "e": {}}))
    back = Decoder(s).value()
    print(back)
    print(back["big"] == 10 ** 20, back["b"][2], type(back["f"]).__name__)
    for bad in [float("nan"), {1, 2}, object]:
        try:
            e.encode([bad])
        except SerializeError as ex:
            print("SerializeError:", ex)
    print(repr(1e16), repr(1e15), repr(123456789.123456789), repr(-0.0), repr(2.5e-5), 1/3, 2/3, 10/3)

if __name__ == "__main__":
    main()
