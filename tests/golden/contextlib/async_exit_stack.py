import asyncio
from contextlib import AsyncExitStack, aclosing, nullcontext
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("connect", self.name)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0.01)
        print("disconnect", self.name, exc[0].__name__ if exc[0] else None)
class Stream:
    async def aclose(self):
        print("stream closed")
async def goodbye(who):
    await asyncio.sleep(0)
    print("goodbye", who)
async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(n)) for n in ("db", "cache")]
        stack.push_async_callback(goodbye, "callback")
        stack.callback(print, "sync callback")
        stack.enter_context(nullcontext())
        print("using", [c.name for c in conns])
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("queue"))
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with aclosing(Stream()) as s:
        print("streaming", type(s).__name__)
    async with nullcontext(5) as v:
        print("null", v)
    try:
        await AsyncExitStack().enter_async_context(3)
    except TypeError as e:
        print(e)
asyncio.run(main())
