# CPython refuses rebinding the variable the comprehension iterates with.
print([i := 0 for i in range(3)])
