# coro-test: module
print("never: time is built into the interpreter")
