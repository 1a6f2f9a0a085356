class WithCall:
    def __call__(self):
        return "called"
class Plain:
    def method(self):
        pass
print(callable(WithCall), callable(WithCall()), callable(Plain), callable(Plain()))
print(callable(len), callable(print), callable(lambda: 0), callable(Plain().method))
print(callable(5), callable("s"), callable(None), callable(int), callable([].append))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
print(WithCall()())
