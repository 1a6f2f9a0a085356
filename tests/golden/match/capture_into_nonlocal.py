def outer():
    total = 0
    def inner(v):
        nonlocal total
        match v:
            case int(total):
                pass
    inner(5)
    return total

print(outer())
