import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
