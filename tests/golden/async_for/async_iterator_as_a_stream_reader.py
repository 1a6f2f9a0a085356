import asyncio


class LineReader:
    """Yields lines of a text as if they arrived over the network."""

    def __init__(self, text, latency):
        self.lines = text.splitlines()
        self.latency = latency

    def __aiter__(self):
        self.pos = 0
        return self

    async def __anext__(self):
        if self.pos >= len(self.lines):
            raise StopAsyncIteration
        await asyncio.sleep(self.latency)
        line = self.lines[self.pos]
        self.pos += 1
        return line


async def word_count(reader):
    counts = {}
    async for line in reader:
        for word in line.lower().split():
            counts[word] = counts.get(word, 0) + 1
    return counts


async def main():
    text = "the quick brown fox\njumps over the lazy dog\nthe end"
    counts = await word_count(LineReader(text, 0.01))
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{word:>6} {n}")
    # The same reader can be iterated again: __aiter__ rewinds it.
    reader = LineReader("a b\nc", 0)
    lines = []
    async for line in reader:
        lines.append(line)
    async for line in reader:
        lines.append(line.upper())
    print(lines)


asyncio.run(main())
