import time

t0 = time.monotonic()
time.sleep(0.25)
time.sleep(0.5)
print(f"{time.monotonic() - t0:.2f}")
