# coro-test: module
items = []


def add(x):
    items.append(x)
    return len(items)


def total():
    return sum(items)
