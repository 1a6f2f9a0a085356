# Evaluation order: the walrus binds before the right operand reads the name.
calls = []
def source(v):
    calls.append(v)
    return v
if (m := source(3)) and m + source(4) > 5:
    print("both", m, calls)
print((p := 1, p + 1))
