class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnError
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except NotAnError:
        pass
    print("unused except clause is fine")
    try:
        1 / 0
    except NotAnError:
        pass
except TypeError as e:
    print(type(e).__name__, e)
