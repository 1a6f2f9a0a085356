class L:
    def __len__(self):
        return len(self)
try:
    len(L())
except RecursionError as e:
    print(type(e).__name__)
class B:
    def __bool__(self):
        return bool(self)
try:
    if B():
        pass
except RecursionError as e:
    print(type(e).__name__)
class I:
    def __iter__(self):
        return iter(self)
try:
    list(I())
except RecursionError as e:
    print(type(e).__name__)
print("done")
