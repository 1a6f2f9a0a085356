import sys

v = sys.version_info
print(v.major, v.minor, v[0], v[1], v.releaselevel, v.serial)
major, minor, *rest = v
print(major, minor, len(rest), len(v))
print(isinstance(v, tuple), type(v).__name__, tuple(v)[:2])
print(f"Python {v.major}.{v.minor}")
