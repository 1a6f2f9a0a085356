class Tags(set):
    def add(self, x):
        super().add(x.lower())
    def __repr__(self):
        return "Tags(" + repr(sorted(self)) + ")"
t = Tags()
t.add("Python")
t.add("PYTHON")
t.add("Coro")
print(t, len(t), "python" in t)
u = t | {"x"}
print(type(u).__name__, sorted(u))
print(isinstance(t, set), t == {"python", "coro"})
t.discard("coro")
print(t)
