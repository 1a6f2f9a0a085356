class Broken:
    def __getattr__(self, name):
        return self.missing_too
try:
    Broken().anything
except RecursionError as e:
    print(type(e).__name__)
class BadInit:
    def __init__(self):
        self.value = 1
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    BadInit().x
except RecursionError as e:
    print(type(e).__name__)
print(BadInit().value)
class Setter:
    def __setattr__(self, name, value):
        self.__setattr__(name, value)
try:
    Setter().a = 1
except RecursionError as e:
    print(type(e).__name__)
