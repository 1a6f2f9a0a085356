# global inside a nested function refers to the module, skipping the enclosing function's local.
x = 0
def outer():
    x = "outer local"
    def inner():
        global x
        x += 1
        return x
    inner(); inner()
    return x
print(outer(), x)
def remove_global():
    global x
    del x
remove_global()
try:
    print(x)
except NameError as e:
    print(e)
