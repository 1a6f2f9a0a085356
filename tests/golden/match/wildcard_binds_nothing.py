_ = "before"
match 42:
    case _:
        print("wildcard")
print(_)
