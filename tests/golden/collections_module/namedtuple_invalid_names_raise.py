from collections import namedtuple
for names in ("a def", "a a", "a _b", "a 1b"):
    try:
        namedtuple("T", names)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("class", "a")
except ValueError as e:
    print("ValueError:", e)
