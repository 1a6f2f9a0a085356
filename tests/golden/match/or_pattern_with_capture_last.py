# An irrefutable alternative may come last in the last case.
for v in [[1], 2, "three"]:
    match v:
        case [x] | x:
            print(repr(v), "gives", repr(x))
