def first_even(items):
    for i in items:
        match i:
            case int(n) if n % 2 == 0:
                return n
    return None

print(first_even([1, 3, 4, 5]), first_even([1]))
