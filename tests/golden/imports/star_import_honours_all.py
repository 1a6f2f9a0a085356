from public import *

print(shown, Shown.__name__)
for name in ["hidden", "_private"]:
    print(name, name in dir())
