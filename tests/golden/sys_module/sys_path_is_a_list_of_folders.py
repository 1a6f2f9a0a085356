import sys

print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.path[0] != "", __file__.startswith(sys.path[0] + "/"))
sys.path.append("/nowhere")
print(sys.path[-1])
