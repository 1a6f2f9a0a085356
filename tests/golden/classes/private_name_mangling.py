class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
        self.__dunder__ = "not mangled"
    def get(self):
        return self.__balance
    def __helper(self):
        return "private helper"
    def call_helper(self):
        return self.__helper()
a = Account()
print(a.get(), a._protected, a.__dunder__)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance)
print(sorted(a.__dict__))
print(a.call_helper(), a._Account__helper())
try:
    a.__helper()
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
    def sub_get(self):
        return self.__balance
s = Sub()
print(s.get(), s.sub_get(), sorted(k for k in s.__dict__ if "balance" in k))
print(getattr(s, "_Sub__balance"), hasattr(s, "__balance"))
class _Under:
    def __init__(self):
        self.__x = 1
print(list(vars(_Under())))
