class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        print("enter", self.i)
    def __exit__(self, *a):
        print("exit", self.i, a[0])
for i in range(5):
    with CM(i):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("loop done")
i = 0
while True:
    i += 1
    with CM(i):
        if i < 2:
            continue
        break
print("while done", i)
