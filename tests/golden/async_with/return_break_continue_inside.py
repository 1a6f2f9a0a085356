import asyncio


class Guard:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("  enter", self.label)
        return self.label

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("  exit", self.label, exc[0])


async def find(items, wanted):
    for i, item in enumerate(items):
        async with Guard(f"item {i}"):
            if item == wanted:
                return i
    return -1


async def main():
    print("found at", await find(["a", "b", "c"], "b"))
    for i in range(4):
        async with Guard(i):
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
    print("loop over")
    n = 0
    while True:
        async with Guard(f"w{n}") as g:
            n += 1
            if n == 2:
                print("  breaking in", g)
                break


asyncio.run(main())
