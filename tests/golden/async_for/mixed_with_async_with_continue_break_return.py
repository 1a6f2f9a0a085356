import asyncio

class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.i += 1
        if self.i > self.n: raise StopAsyncIteration
        return self.i

class CM:
    def __init__(self, name): self.name = name
    async def __aenter__(self): print("enter", self.name); return self
    async def __aexit__(self, *e): print("exit", self.name, e[0].__name__ if e[0] else None); return self.name == "swallow"

async def gen_like():
    out = []
    async for i in AIter(5):
        try:
            async with CM(f"c{i}"):
                if i == 2:
                    continue
                if i == 4:
                    break
                out.append(i)
        finally:
            out.append(f"f{i}")
    return out

async def nested_return():
    async with CM("outer"):
        async for i in AIter(3):
            async with CM("inner"):
                if i == 2:
                    return i * 10

async def exc_in_for():
    try:
        async for i in AIter(3):
            async with CM("swallow"):
                raise ValueError(i)
        else:
            print("else after swallowed errors")
    except ValueError:
        print("not reached")

async def main():
    print(await gen_like())
    print(await nested_return())
    await exc_in_for()
    # async for with a tuple target and star
    class Pairs:
        def __init__(self): self.items = [(1, 2, 3), (4, 5, 6)]
        def __aiter__(self): return self
        async def __anext__(self):
            if not self.items: raise StopAsyncIteration
            return self.items.pop(0)
    async for a, *rest in Pairs():
        print(a, rest)
    # lambda / comprehension inside async for body awaiting
    async for i in AIter(2):
        print([await asyncio.sleep(0, i * k) for k in range(3)])

asyncio.run(main())
