import sys

print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(sys.hexversion >= 0x030B0000, hex(sys.hexversion)[:6])
print(type(sys.implementation.name).__name__, sys.implementation.name.islower())
print(sys.implementation.version[0] >= 0, sys.implementation.cache_tag is None or True)
