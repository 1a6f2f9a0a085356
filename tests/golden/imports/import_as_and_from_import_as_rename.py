import greet as g
from greet import hello as hi, PUNCT as bang

print(g.__name__, hi("Di"), bang)
print(hi is g.hello)
print("greet" in dir(), "hello" in dir())
