def main(stream):
    async for line in stream:
        print(line)
