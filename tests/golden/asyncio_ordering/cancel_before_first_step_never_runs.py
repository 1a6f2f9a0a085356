# ASYNCIO.md §12 #8 (without wait_for): a task cancelled before its first step never runs its body,
# and a cancelled gather reports its children's CancelledError but is not itself cancelled().
import asyncio

async def child(n):
    print("child", n, "started")

async def main():
    t = asyncio.create_task(child(1))
    t.cancel()
    g = asyncio.gather(child(2), child(3))
    g.cancel()
    print(await asyncio.gather(t, g, return_exceptions=True), t.cancelled(), g.cancelled())

asyncio.run(main())
