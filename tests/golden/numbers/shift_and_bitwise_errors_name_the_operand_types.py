def each(a, b):
    for f in (lambda: a << b, lambda: a >> b, lambda: a & b, lambda: a | b, lambda: a ^ b, lambda: a @ b):
        try:
            print(f())
        except TypeError as e:
            print(e)

each(2.5, 1)
each(1, 2.5)
each(2.5, 2.5)
each(True, 1.5)
each(3, True)
