from enum import Enum
class Answer(Enum):
    YES = "y"
    NO = "n"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower()[:1])
        return None
print(Answer("YES"), Answer("no"))
try:
    Answer(3)
except ValueError as e:
    print(e)
try:
    class More(Answer):
        MAYBE = "m"
except TypeError as e:
    print(e)
class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"
class Sub(Base):
    hi = 1
print(Sub.hi.shout(), Sub(1))
