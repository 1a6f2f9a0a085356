import sys

print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info > (3,))
if sys.version_info < (3, 6):
    print("too old")
else:
    print("modern")
print(sys.version_info[:2] == (3, 11), sys.version_info[:2] >= (3, 10))
