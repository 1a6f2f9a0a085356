# The enclosing binding can be a parameter: the comprehension rebinds it.
def latest(value, updates):
    [(value := u) for u in updates]
    return value
print(latest("start", ["a", "b"]), latest("start", []))
