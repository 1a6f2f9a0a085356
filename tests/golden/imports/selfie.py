# coro-test: module
import selfie
print("selfie sees itself:", selfie.__name__, hasattr(selfie, "X"))
X = 1
