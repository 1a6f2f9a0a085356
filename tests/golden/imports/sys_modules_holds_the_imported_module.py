import sys

print("greet" in sys.modules)
import greet

print("greet" in sys.modules, sys.modules["greet"] is greet)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sys.modules["sys"] is sys)
