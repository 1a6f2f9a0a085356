def grab():
    global found
    match {"k": "v"}:
        case {"k": found}:
            pass

grab()
print(found)
