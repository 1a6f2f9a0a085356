from functools import update_wrapper
def original():
    """doc"""
original.tag = "t"
def wrapper():
    return original()
update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.tag, wrapper.__wrapped__ is original)
