handler = len
try:
    match [1]:
        case handler():
            print("no")
except TypeError as e:
    print("TypeError:", e)
