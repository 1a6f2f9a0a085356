# `while (v := (yield)) is not None` consumes what is sent in.
def printer():
    while (value := (yield)) is not None:
        print("got", value)
    return "closed"
gen = printer()
next(gen)
gen.send(1)
gen.send("two")
try:
    gen.send(None)
except StopIteration as stop:
    print(stop.value)
