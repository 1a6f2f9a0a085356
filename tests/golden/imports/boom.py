# coro-test: module
def explode(n):
    return helper(n)


def helper(n):
    return 10 // n
