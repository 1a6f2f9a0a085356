# str() of a str subclass is its text, whatever its __repr__ says.
class S(str):
    def __repr__(self):
        return "R"
class I(int):
    def __repr__(self):
        return "R"
class F(float):
    def __repr__(self):
        return "R"
print(str(S("x")), str(I(5)), str(F(1.5)), f"{S('x')}", "%s" % S("x"))
print(S("x"))
