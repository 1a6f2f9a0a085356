# None, True and False match by `is`: 1 is not True, 0 is not False.
def which(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case _:
            return "something else"

for v in [True, 1, False, 0, None, 0.0, "", []]:
    print(repr(v), which(v))
