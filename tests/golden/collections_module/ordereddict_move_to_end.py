from collections import OrderedDict
d = OrderedDict.fromkeys("abcde")
d.move_to_end("b")
print("".join(d))
d.move_to_end("b", last=False)
print("".join(d))
try:
    d.move_to_end("z")
except KeyError as e:
    print("KeyError:", e)
