# send(v) resumes the generator with v as the value of the yield expression; next() sends None.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            print("  got None")
        else:
            received.append(x)
            print("  got", x)
        if x == "stop":
            return received

g = echo()
print("prime:", g.send(None))
print("send a ->", g.send("a"))
print("next ->", next(g))
print("send b ->", g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)
try:
    g.send("late")
except StopIteration as e:
    print("send after exhaustion: StopIteration", e.args)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print("still usable:", g.send(None))

def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

avg = running_average()
next(avg)
for v in [10, 20, 60]:
    print("avg", avg.send(v))

def acc():
    total = 0
    while True:
        total += (yield total) or 0
a = acc()
print([a.send(None), a.send(3), a.send(4), next(a), a.send(10)])
