import sys

print("working")
sys.exit("fatal: nothing to do")
