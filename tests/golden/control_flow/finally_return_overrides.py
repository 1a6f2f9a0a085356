# A return in finally replaces the try's return value and swallows exceptions.
def value():
    try:
        return 1
    finally:
        return 2
print(value())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
