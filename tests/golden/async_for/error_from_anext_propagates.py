import asyncio


class Flaky:
    def __init__(self):
        self.calls = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.calls += 1
        if self.calls == 3:
            raise ConnectionResetError("stream broke")
        return self.calls


async def main():
    stream = Flaky()
    try:
        async for chunk in stream:
            print("chunk", chunk)
        else:
            print("else must not run")
    except ConnectionResetError as e:
        print("caught", repr(e), "after", stream.calls, "calls")


asyncio.run(main())
