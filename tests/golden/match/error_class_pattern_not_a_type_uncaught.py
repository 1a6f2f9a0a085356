def check(v, kind):
    match v:
        case kind():
            return True
    return False

print(check(1, int))
print(check(1, "int"))
