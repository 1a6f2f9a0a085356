import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(name, "took", item)


async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(f"item{i}")
            print("produced", f"item{i}")
            cond.notify()


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{n}")) for n in range(3)]
    await producer(cond, items)
    await asyncio.gather(*consumers)
    print("left:", items)


asyncio.run(main())
