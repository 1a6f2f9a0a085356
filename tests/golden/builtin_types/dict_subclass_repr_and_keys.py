class Headers(dict):
    def __init__(self, **kw):
        super().__init__()
        for k, v in kw.items():
            self[k] = v
    def __setitem__(self, k, v):
        super().__setitem__(k.replace("_", "-").title(), v)
    def __repr__(self):
        return "Headers(" + dict.__repr__(self) + ")"
    def __str__(self):
        return "\n".join(k + ": " + str(v) for k, v in self.items())
h = Headers(content_type="text/html", content_length=42)
h["x_custom"] = "yes"
print(repr(h))
print(h)
print(list(h), "Content-Type" in h, len(h))
print({**h}, type({**h}).__name__)
