class AppErr(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__, ev.code, ev.args, str(ev))
        return True
i = Inspect()
with i:
    raise AppErr(7)
print(i.seen)
class Counting:
    def __init__(self):
        self.errors = 0
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et:
            self.errors += 1
        return True
c = Counting()
for v in [1, 0, 2, 0]:
    with c:
        print(10 // v)
print("errors", c.errors)
