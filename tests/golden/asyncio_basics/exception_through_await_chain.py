# Exceptions travel up through awaited coroutines and can be caught at any level.
import asyncio

async def inner(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("n was zero")
    return 10 // n

async def middle(n):
    try:
        return await inner(n)
    finally:
        print("middle finally", n)

async def main():
    print(await middle(5))
    try:
        await middle(0)
    except ZeroDivisionError as e:
        print("main caught:", e)
    try:
        await inner(0)
    except ArithmeticError as e:
        print("caught as ArithmeticError:", type(e).__name__)

asyncio.run(main())
