# Functions are first-class: stored in containers, passed, returned, and called via names.
def add(a, b): return a + b
def mul(a, b): return a * b
ops = {"+": add, "*": mul}
print([ops[k](3, 4) for k in "+*"])
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
print(list(map(add, [1, 2], [10, 20])))
alias = add
print(alias(1, 1), alias is add, add.__name__, alias.__name__)
