import ring

print(ring.VALUE, ring.a.b.B, ring.b.B)
from ring import *

print(sorted(n for n in dir() if not n.startswith("_")))
