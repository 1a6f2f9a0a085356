import asyncio

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart"],
    "/shop/cart": [],
    "/team": ["/about"],
}


async def fetch(url):
    await asyncio.sleep(0.001 * len(url))
    return LINKS.get(url, [])


async def crawler(name, queue, seen, visited):
    while True:
        url = await queue.get()
        try:
            links = await fetch(url)
            visited.append(url)
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    seen = {"/"}
    visited = []
    queue.put_nowait("/")
    workers = [asyncio.create_task(crawler(f"c{i}", queue, seen, visited)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(len(visited), "pages")
    print(sorted(visited))


asyncio.run(main())
