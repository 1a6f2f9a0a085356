from collections import namedtuple
Car = namedtuple("Car", "make model year")
c = Car("VW", "Golf", 1999)
print(c._replace(year=2005))
print(c._asdict())
print(Car._make(["Fiat", "Uno", 1990]))
try:
    c._replace(colour="red")
except ValueError as e:
    print("ValueError:", e)
try:
    Car._make([1, 2])
except TypeError as e:
    print("TypeError:", e)
