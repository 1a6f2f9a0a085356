class Celsius(float):
    pass

match Celsius(21.5):
    case float(t):
        print("float subclass matches itself:", t, type(t).__name__)

class Name(str):
    pass

match Name("ada"):
    case str(s) if s.istitle():
        print("no")
    case str(s):
        print("name", s)
