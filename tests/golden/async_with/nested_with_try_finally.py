import asyncio

log = []


class Step:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append("enter " + self.name)
        return self

    async def __aexit__(self, t, e, tb):
        log.append("exit " + self.name)


async def work(fail):
    try:
        async with Step("outer"):
            try:
                async with Step("inner"):
                    if fail:
                        raise KeyError("k")
                    return "ok"
            finally:
                log.append("finally inner")
    except KeyError:
        log.append("handled")
        return "recovered"
    finally:
        log.append("finally outer")


async def main():
    print(await work(False), log)
    log.clear()
    print(await work(True), log)


asyncio.run(main())
