import asyncio

async def allowed(user):
    await asyncio.sleep(0.01)
    return user != "mallory"

async def main():
    for user in ["alice", "mallory"]:
        match {"user": user, "action": "read"}:
            case {"user": u, "action": "read"} if await allowed(u):
                print(u, "may read")
            case {"user": u}:
                print(u, "may not")

asyncio.run(main())
