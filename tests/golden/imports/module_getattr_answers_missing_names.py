import lazy
from lazy import magic

print(lazy.magic, magic)
try:
    lazy.other
except AttributeError as e:
    print("AttributeError", e)
try:
    from lazy import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
