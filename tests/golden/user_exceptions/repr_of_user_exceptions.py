class Plain(Exception):
    pass
class WithInit(Exception):
    def __init__(self, value):
        super().__init__("value was " + repr(value))
        self.value = value
print(repr(Plain()))
print(repr(Plain("msg")))
print(repr(Plain("a", 1, None)))
print(repr(WithInit(3)))
print(repr(WithInit("s")))
print(str(Plain()), "|", str(Plain("a", 1)))
print(repr(Plain("quote's")))
class Deep(Plain):
    pass
print(repr(Deep("d")), str(Deep("d")))
print(repr(Exception("e")), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError("a", "b")), str(KeyError()))
