class ListArgs:
    __match_args__ = ["x"]
    x = 1

class IntArgs:
    __match_args__ = (1,)

for cls in [ListArgs, IntArgs]:
    try:
        match cls():
            case ListArgs(1) | IntArgs(1):
                print("no")
    except TypeError as e:
        print("TypeError:", e)
