class P:
    __match_args__ = ("x",)
    x = 1

try:
    match P():
        case P(1, x=1):
            print("no")
except TypeError as e:
    print("TypeError:", e)
