try:
    import vanishing
except KeyError as e:
    print("KeyError", e)
import sys

print("vanishing" in sys.modules)
