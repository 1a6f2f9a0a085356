# Functions return None by default; return can yield tuples and exit early.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    print("fell through")
    return "late"
print(nothing(), bare(), pair(), early(1), early(0))
q, r = divmod(17, 5)
print(q, r)
