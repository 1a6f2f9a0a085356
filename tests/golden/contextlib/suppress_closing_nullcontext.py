from contextlib import suppress, closing, nullcontext
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)
