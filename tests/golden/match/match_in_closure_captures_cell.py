def make():
    match (1, 2):
        case (a, b):
            pass
    def get():
        return a + b
    return get

print(make()())
