# Handles from call_soon and call_later: cancel() skips the callback, cancelled() reports it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon kept")
    h2 = loop.call_soon(print, "soon cancelled")
    h3 = loop.call_later(0.1, print, "later cancelled")
    h4 = loop.call_later(0.2, print, "later kept")
    print(h1.cancelled(), h3.cancelled())
    h2.cancel()
    h3.cancel()
    h3.cancel()
    print(h2.cancelled(), h3.cancelled(), h4.cancelled())
    await asyncio.sleep(0.5)
    print("end")

asyncio.run(main())
