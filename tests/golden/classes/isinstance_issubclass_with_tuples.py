class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print(isinstance(3, (str, float)), isinstance(3.0, (str, float)))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, (A, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(b, (A, 5)))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object))
