import sys

print(type(sys.modules).__name__)
print("sys" in sys.modules, "__main__" in sys.modules)
main = sys.modules["__main__"]
x = 5
print(main.x, main.__name__)
