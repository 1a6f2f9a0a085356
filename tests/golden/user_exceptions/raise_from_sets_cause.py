class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config: " + text) from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ConfigError("no cause") from None
except ConfigError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError("implicit")
except ConfigError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__)
try:
    raise ConfigError("class cause") from ValueError
except ConfigError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ConfigError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
