# Returning from inside an except block; the exception object outlives the handler via another name.
def capture():
    try:
        {}["missing"]
    except KeyError as e:
        saved = e
        return saved
err = capture()
print(repr(err), err.args[0])
def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            return "wrong"
    except ValueError as e:
        return "outer handled " + str(e)
print(nested())
