# A conversion and a format spec combine: the spec applies to the converted string.
name = "Bo"
items = [1, 2]
print(f"[{name!r:>8}] [{name!r:<8}] [{items!r:^12}] [{items!s:>8}]")
print(f"[{3.5!s:>6}] [{None!r:*^10}] [{True!s:5}] [{True:5}]")
width, fill_value = 10, 42
print(f"[{fill_value:{width}}] [{fill_value:<{width}d}] [{'t':{'-'}^{width}}]")
