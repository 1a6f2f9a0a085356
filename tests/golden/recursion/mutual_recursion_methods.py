class Parity:
    def is_even(self, n):
        return True if n == 0 else self.is_odd(n - 1)
    def is_odd(self, n):
        return False if n == 0 else self.is_even(n - 1)
p = Parity()
print([p.is_even(i) for i in range(6)])
print(p.is_odd(301))
try:
    p.is_even(-1)
except RecursionError as e:
    print(type(e).__name__)
