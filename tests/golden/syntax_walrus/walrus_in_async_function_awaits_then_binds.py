import asyncio
async def fetch(i):
    await asyncio.sleep(0.01)
    return i * 10 if i < 3 else None
async def main():
    i = 0
    results = []
    while (value := await fetch(i)) is not None:
        results.append(value)
        i += 1
    print(results, value, i)
asyncio.run(main())
