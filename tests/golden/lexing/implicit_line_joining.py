# Newlines inside (), [], {} do not end a statement; backslash joins lines.
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,
    3,   # trailing comma
]
print(items)
d = {
    "a": 1,
        "b": 2,
}
print(d)
value = 10 + \
    20
print(value)
print(max(1,
  5,
      3))
