match 42:
    case x:
        print("captured", x)
print("still bound", x)
