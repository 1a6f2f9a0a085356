def numbers():
    for v in [1, 2, 3]:
        match v:
            case x if (yield x):
                print("kept", x)
            case x:
                print("dropped", x)

gen = numbers()
print(next(gen))
print(gen.send(True))
print(gen.send(False))
try:
    gen.send(True)
except StopIteration:
    print("finished")
