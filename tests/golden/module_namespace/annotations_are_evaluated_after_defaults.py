# A def evaluates its defaults, then its annotations, left to right.
def t(x):
    print("eval", x)
    return x
def h(p: t("ann p") = t("default p"), *, q: t("ann q") = t("default q")) -> t("return"):
    pass
print(h.__annotations__)
value: t("module annotation") = t("module value")
