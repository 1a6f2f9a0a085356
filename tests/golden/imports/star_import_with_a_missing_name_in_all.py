try:
    from badall import *
except AttributeError as e:
    print("AttributeError", e)
print(a)
