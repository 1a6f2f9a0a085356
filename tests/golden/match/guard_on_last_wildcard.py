for flag in [True, False]:
    match 1:
        case 2:
            print("no")
        case _ if flag:
            print("default guarded, flag is", flag)
    print("done", flag)
