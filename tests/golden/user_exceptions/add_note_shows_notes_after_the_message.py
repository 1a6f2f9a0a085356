try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("first")
    e.add_note("second")
    print(e.__notes__)
    try:
        e.add_note(5)
    except TypeError as t:
        print(t)
class B(Exception):
    def __str__(self):
        raise TypeError("no")
e = KeyError("k")
e.add_note("hint")
raise e
