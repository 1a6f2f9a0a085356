# A `:=` in a comprehension of a function that declares the name nonlocal
# rebinds the variable of the outer function.
def counter():
    count = 0
    def bump(items):
        nonlocal count
        [(count := count + 1) for _ in items]
    bump("abc")
    bump([1, 2])
    return count
print(counter())
