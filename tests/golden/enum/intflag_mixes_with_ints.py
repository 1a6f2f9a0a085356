from enum import IntFlag
class Access(IntFlag):
    A = 1
    B = 2
    C = 4
print(Access.A | Access.B, repr(Access.A | Access.B), Access.A | 8, repr(Access.A | 8))
print(Access(3), Access.A + 1, ~Access.A, repr(~Access.A), Access.B & 3, isinstance(Access.C, int))
