# The function declares the name global, so the comprehension's `:=` sets the global.
def scan(xs):
    global biggest
    biggest = None
    [(biggest := x) for x in xs if biggest is None or x > biggest]
scan([4, 9, 2, 11, 3])
print(biggest)
