import sys

print("stopping with 3")
sys.exit(3)
