import time

t0 = time.monotonic()
time.sleep(0.25)
time.sleep(0.5)
elapsed = time.monotonic() - t0
# A sleep never ends early. A real clock overshoots, by more on a loaded
# machine, so the upper bound is loose; Coro's virtual clock gives 0.75.
print(0.75 <= elapsed < 10)
