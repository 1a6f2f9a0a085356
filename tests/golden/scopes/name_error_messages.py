# NameError messages for undefined globals and for names deleted earlier.
try:
    undefined_name
except NameError as e:
    print(e)
def f():
    return missing + 1
try:
    f()
except NameError as e:
    print(e, e.args)
y = 1
del y
try:
    y
except NameError as e:
    print(type(e).__name__, e)
