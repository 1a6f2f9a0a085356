import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError("job 2 broke")
    return n


async def main():
    results = []
    for fut in asyncio.as_completed([work(3), work(1), work(2)]):
        try:
            results.append(await fut)
        except RuntimeError as e:
            results.append(str(e))
    print(results)
    try:
        asyncio.as_completed(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
