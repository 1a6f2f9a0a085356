import sys

print("a")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args)
print("b")
sys.exit(0)
print("never")
