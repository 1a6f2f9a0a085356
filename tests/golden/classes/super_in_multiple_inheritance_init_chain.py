log = []
class Base:
    def __init__(self):
        log.append("Base")
class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        log.append("<Left")
class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        log.append("<Right")
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom>")
        super().__init__()
        log.append("<Bottom")

Bottom()
print(log)

class KwBase:
    def __init__(self, **kw):
        print("KwBase leftover", sorted(kw.items()))
class Named(KwBase):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(KwBase):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="ann", age=3, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
