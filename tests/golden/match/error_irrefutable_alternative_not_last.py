match 5:
    case _ | 1:
        print("no")
