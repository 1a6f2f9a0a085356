import textwrap
w = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ", max_lines=3)
text = "Coro runs Python programs with the event loop built into the virtual machine itself."
for line in w.wrap(text):
    print(line)
w.width = 40
print(w.fill(text))
