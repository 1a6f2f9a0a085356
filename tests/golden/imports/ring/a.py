import ring
print("a sees ring.VALUE?", hasattr(ring, "VALUE"))
try:
    from ring import VALUE
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
from . import b
