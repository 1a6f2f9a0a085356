# String building, slicing, methods and f-strings.
words = []
for i in range(400000):
    words.append(f"w{i % 977:04d}")
text = " ".join(words)
parts = text.split()
count = 0
for p in parts:
    if p.startswith("w01") or p.endswith("7"):
        count += 1
up = text.upper()
rev = text[::-1]
pieces = []
for i in range(0, len(text), 7):
    pieces.append(text[i:i + 5].replace("w", "x").strip())
joined = "|".join(pieces)
print("strings", len(text), count, up.count("W09"), rev.find("7090w"), len(joined), repr(joined[:20]))
