import asyncio
def gen(n):
    for i in range(n):
        yield dict(locals())  # a copy: CPython reuses one dict per frame
print(list(gen(2)))
async def job(delay):
    await asyncio.sleep(delay)
    done = True
    return locals()
print(asyncio.run(job(0)))
print([sorted(locals()) for item in [1]])
