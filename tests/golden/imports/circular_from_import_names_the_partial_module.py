import sys

try:
    import loop_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "HERE"))
print("loop_x" in sys.modules, "loop_y" in sys.modules)
