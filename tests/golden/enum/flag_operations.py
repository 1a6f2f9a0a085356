from enum import Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(~Perm.R, repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(rw), rw & Perm.R, rw ^ Perm.W, Perm(7))
print(list(Perm), len(Perm), Perm.R | Perm.W is rw, repr(Perm))
try:
    Perm(8)
except ValueError as e:
    print(e)
