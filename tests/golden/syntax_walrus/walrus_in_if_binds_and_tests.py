# `:=` in an `if` test binds the name and the test sees the value.
values = [3, 8, 1]
if (n := len(values)) > 2:
    print("long list of", n)
if not (empty := []):
    print("empty is", empty)
print(n, empty)
