# A form feed in indentation resets the count, as CPython tokenizes it.
if True:
    print("inside, after a form feed")
    print("form feed last: back at column 0")
print("form feed alone: column 0")
def f():
    
    return 1 + 1

print(f())
