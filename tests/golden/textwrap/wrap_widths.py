import textwrap
s = "The quick brown fox jumps over the lazy dog. It was a well-known, state-of-the-art fox -- quite a fox!"
for w in (10, 15, 20, 33, 70):
    print(w, textwrap.wrap(s, w))
