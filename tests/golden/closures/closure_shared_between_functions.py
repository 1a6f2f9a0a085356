# Two closures created in the same call share the same cell.
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(10)
print(dep(5), wd(3), wd(100), get())
dep2, _, get2 = account(0)
dep2(1)
print(get(), get2())
