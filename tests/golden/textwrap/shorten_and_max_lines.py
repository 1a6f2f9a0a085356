import textwrap
s = "Hello world! This text is far too long to fit on one short line of output."
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(s, 40), textwrap.shorten(s, 40, placeholder="..."))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap(s, 20, max_lines=3, placeholder=" (more)"))
try:
    textwrap.shorten(s, 3)
except ValueError as e:
    print(e)
try:
    textwrap.wrap(s, 0)
except ValueError as e:
    print(e)
