# A bad f-string conversion followed by a character of several bytes is reported, not a crash.
x = 1
print(f"{x!é}")
