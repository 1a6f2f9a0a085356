# global lets a function rebind a module-level name, even one created later.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def create():
    global created
    created = "made inside"
create()
print(created)
def read_only():
    return counter * 10
print(read_only())
