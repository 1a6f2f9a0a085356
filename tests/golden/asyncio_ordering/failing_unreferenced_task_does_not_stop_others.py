# ASYNCIO.md §12 #10: a task that raises with nobody awaiting it does not disturb the others
# (CPython logs "Task exception was never retrieved" on stderr; only stdout is compared).
import asyncio

async def bad():
    print("bad runs")
    raise ValueError("boom")

async def other():
    print("other runs")

async def main():
    asyncio.create_task(bad())
    asyncio.create_task(other())
    await asyncio.sleep(0)
    print("main resumes")

asyncio.run(main())
