# assert raises AssertionError with an optional message; the message is evaluated lazily.
assert True
assert 1 == 1, "unused"
def msg():
    print("message built")
    return "custom message"
assert True, msg()
try:
    assert 1 > 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print("caught", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e)
