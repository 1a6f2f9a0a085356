# `obj.attr: T` without a value still evaluates `obj` (and, at module level,
# T), but does not store anything in `__annotations__`.
import sys
def t(x):
    print("eval", x)
    return x
t(sys).attr: t("annotation")
t([1, 2])[t(0)]: int
print(__annotations__)
(parenthesized): int = 4
print(__annotations__, parenthesized)
