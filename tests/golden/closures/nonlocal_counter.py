# A closure with nonlocal keeps private state per factory call.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a(), b(10))
