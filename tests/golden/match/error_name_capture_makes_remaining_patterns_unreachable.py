def f(v):
    match v:
        case x:
            return "anything"
        case 1:
            return "one"
