# Cancelling a sleeping task throws CancelledError at its await; finally runs; awaiting it raises.
import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("never")
    finally:
        print("cleanup in finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again:", t.cancel())

asyncio.run(main())
