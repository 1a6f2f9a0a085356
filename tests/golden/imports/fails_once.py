# coro-test: module
print("fails_once: running")
value = 1
raise ValueError("fails_once cannot start")
