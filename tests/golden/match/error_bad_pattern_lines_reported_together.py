match 1:
    case 1 +:
        pass
    case 2:
        pass
    case -x:
        pass
print("never runs")
