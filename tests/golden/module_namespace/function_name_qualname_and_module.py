def top():
    def middle():
        def bottom():
            pass
        return bottom
    return middle
async def job():
    pass
square = lambda x: x * x
for f in [top, top(), top()(), job, square]:
    print(f.__name__, f.__qualname__, f.__module__)
