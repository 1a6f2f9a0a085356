class Weird(Exception):
    def __str__(self):
        return "weird: " + ", ".join(str(a) for a in self.args)
print(str(Weird(1, 2, 3)))
print(str(Weird()))
class Counted(Exception):
    count = 0
    def __init__(self, msg):
        Counted.count += 1
        super().__init__(msg + " #" + str(Counted.count))
for i in range(3):
    try:
        raise Counted("err")
    except Counted as e:
        print(e)
class Bad(Exception):
    def __str__(self):
        return 123
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
