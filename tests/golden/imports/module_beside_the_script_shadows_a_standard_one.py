import sys

sys.path.insert(0, sys.path[0] + "/shadow")
import string

print(string.ascii_lowercase)
import time

print(type(time.monotonic()).__name__)
