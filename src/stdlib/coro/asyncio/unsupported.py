# What asyncio has and Coro does not yet: each refuses clearly when used.


class TaskGroup:
    """Not in Coro yet: task groups need ExceptionGroup and except*."""

    __module__ = "asyncio.taskgroups"

    def __init__(self):
        raise NotImplementedError(
            "Coro does not support asyncio.TaskGroup yet (it needs ExceptionGroup and except*); "
            "gather() or create_task() with wait() do most of what it does"
        )


async def to_thread(func, *args, **kwargs):
    raise NotImplementedError("Coro has no threads: asyncio.to_thread is not supported")
