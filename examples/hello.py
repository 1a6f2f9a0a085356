import asyncio

async def hello():
    print("Hello")
    await asyncio.sleep(1)  # 模拟 I/O 等待
    print("World")

asyncio.run(hello())
