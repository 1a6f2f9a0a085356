# Captured variables come after the plain locals, then the free variables,
# as in CPython.
def outer(p):
    shared = p * 2
    plain = 0
    def inner():
        mine = 1
        return sorted(locals()), shared
    print(locals().keys())
    return inner()
print(outer(5))
