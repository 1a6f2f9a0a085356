class P:
    pass

match P():
    case P(x=1, 2):
        print("no")
