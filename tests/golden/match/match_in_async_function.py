import asyncio

async def fetch(kind):
    await asyncio.sleep(0)
    return {"kind": kind, "value": len(kind)}

async def main():
    for kind in ["text", "image"]:
        match await fetch(kind):
            case {"kind": "text", "value": v}:
                print("text of", v)
            case {"kind": k}:
                print("other kind", k)

asyncio.run(main())
