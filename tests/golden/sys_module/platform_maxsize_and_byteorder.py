import sys

print(sys.platform in ("linux", "darwin", "win32"), sys.platform.startswith("linux"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(type(sys.executable).__name__)
