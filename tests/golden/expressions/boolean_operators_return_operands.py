# and/or return one of their operands, not a bool; not always returns a bool.
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1/0, [] and "never")
print(3 or 1/0, None or 0, "a" and "b" or "c", "" and "b" or "c")
print(not 0, not "", not [1], not None, not not 5)
def t(name, value):
    print("eval", name)
    return value
print(t("a", False) and t("b", True))
print(t("a", True) or t("b", True))
print(t("a", 0) or t("b", "") or t("c", "last"))
