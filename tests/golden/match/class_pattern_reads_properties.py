class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("reading celsius")
        return self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

match Temp(100):
    case Temp(100, fahrenheit=f):
        print("boiling at", f)
