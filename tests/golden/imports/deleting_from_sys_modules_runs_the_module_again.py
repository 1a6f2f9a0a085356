import sys
import counter

counter.bump()
old = counter
del sys.modules["counter"]
import counter

print(counter is old, counter.count, old.count)
