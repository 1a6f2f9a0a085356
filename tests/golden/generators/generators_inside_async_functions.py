# Async functions can drive ordinary generators, interleaving their steps with awaits.
import asyncio

def ticks(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return f"{name} done"

async def consume(name, n, delay):
    gen = ticks(name, n)
    for t in gen:
        print("got", t)
        await asyncio.sleep(delay)
    return name

async def manual(n):
    g = ticks("m", n)
    while True:
        try:
            value = next(g)
        except StopIteration as e:
            print("manual finished:", e.value)
            return
        print("manual", value)
        await asyncio.sleep(0.06)

async def main():
    results = await asyncio.gather(consume("a", 3, 0.04), consume("b", 2, 0.1), manual(2))
    print(results)
    total = sum(x for x in range(5))
    print("sum in async:", total)
    squares = [await asyncio.sleep(0, x * x) for x in (n for n in range(3))]
    print(squares)

asyncio.run(main())
