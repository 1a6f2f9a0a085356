# Recursive calls: naive fib(33).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("fib", fib(33))
