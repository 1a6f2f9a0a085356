# Indexing from either end, including the last and first characters.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[2], s[-3])
print(s[len(s) - 1], "héllo"[1], "😀x"[1])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
