import asyncio

names = dir(asyncio)
print([n for n in ("Lock", "Event", "Queue", "wait_for", "timeout", "Barrier", "run") if n in names])
