class P:
    pass

match P():
    case P(x=1, x=2):
        print("no")
