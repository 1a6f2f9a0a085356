import asyncio
import tasks_mod
from tasks_mod import work


async def main():
    print(await tasks_mod.run_all())
    print(await work("c", 0.1))


asyncio.run(main())
