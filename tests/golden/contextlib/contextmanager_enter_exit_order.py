from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("outer"), tag("inner"):
    print("nested")
