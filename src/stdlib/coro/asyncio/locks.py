# asyncio's synchronisation primitives, written in Coro over futures.
#
# Each waiter is a future in a FIFO list; waking a waiter resolves its future,
# so the waiting task runs one loop iteration later and others may act in
# between (notes/ASYNCIO.md section 10 has the orderings these keep).
#


# A pending future of the running loop (`asyncio.Future()` is the native
# constructor, which needs a running loop as `loop.create_future()` does).
_new_future = Future


def _any_live(waiters):
    # Whether some waiter has not been cancelled (a woken one still counts).
    if waiters:
        for w in waiters:
            if not w.cancelled():
                return True
    return False


def _with_extra(obj, state, waiters):
    if waiters:
        state = f"{state}, waiters:{len(waiters)}"
    return f"<{object.__repr__(obj)[1:-1]} [{state}]>"


class _AcquireOnEnter:
    # `async with` acquires and releases; the `as` target gets None.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireOnEnter):
    """A fair mutual-exclusion lock for tasks."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_extra(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        # Free, with nobody queued ahead: take it without yielding.
        if not self._locked:
            waiters = self._waiters
            if not waiters or not _any_live(waiters):
                self._locked = True
                return True
        if self._waiters is None:
            self._waiters = []
        me = _new_future()
        self._waiters.append(me)
        try:
            try:
                await me
            finally:
                self._waiters.remove(me)
        except CancelledError:
            # Woken and cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        if self._waiters:
            self._wake_first()

    def _wake_first(self):
        # Only the head of the queue is woken; if it is already done it
        # will take the lock (or pass it on) when it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event:
    """A flag tasks can wait on until some task sets it."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return _with_extra(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for w in self._waiters:
            if not w.done():
                w.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        me = _new_future()
        self._waiters.append(me)
        try:
            await me
            return True
        finally:
            self._waiters.remove(me)


class Condition(_AcquireOnEnter):
    """Tasks wait under a lock until another task notifies them."""

    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return _with_extra(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            me = _new_future()
            self._waiters.append(me)
            try:
                await me
                return True
            finally:
                self._waiters.remove(me)
        finally:
            # The lock is taken back whatever happened, even through
            # cancellations, which are raised once it is held again.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for w in self._waiters:
            if woken >= n:
                break
            if not w.done():
                woken += 1
                w.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireOnEnter):
    """A counter of free places; tasks queue in FIFO order when it is 0."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            state = "locked"
        else:
            state = f"unlocked, value:{self._value}"
        return _with_extra(self, state, self._waiters)

    def locked(self):
        return self._value == 0 or _any_live(self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        me = _new_future()
        self._waiters.append(me)
        try:
            try:
                await me
            finally:
                self._waiters.remove(me)
        except CancelledError:
            # A place was taken for this waiter: give it to the next one.
            if not me.cancelled():
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        # The first waiter not woken yet gets a place, taken on its behalf.
        if self._waiters:
            for w in self._waiters:
                if not w.done():
                    self._value -= 1
                    w.set_result(True)
                    return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() on a barrier that is aborted or reset."""

    __module__ = "asyncio.exceptions"


class Barrier:
    """Lets `parties` tasks wait until all of them have arrived.

    Its state is "filling" while tasks arrive, "draining" while the released
    tasks leave, "resetting" while a reset waits for them to leave, and
    "broken" once aborted."""

    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = "filling"
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc):
        pass

    async def wait(self):
        async with self._cond:
            await self._until_usable()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    # The last to arrive releases everyone.
                    self._state = "draining"
                    self._cond.notify_all()
                else:
                    await self._until_released()
                return index
            finally:
                self._count -= 1
                self._leave()

    async def _until_usable(self):
        await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
        if self._state == "broken":
            raise BrokenBarrierError("Barrier aborted")

    async def _until_released(self):
        await self._cond.wait_for(lambda: self._state != "filling")
        if self._state in ("broken", "resetting"):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _leave(self):
        # The last task out lets the next round fill.
        if self._count == 0:
            if self._state in ("resetting", "draining"):
                self._state = "filling"
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != "resetting":
                    self._state = "resetting"
            else:
                self._state = "filling"
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = "broken"
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == "filling":
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == "broken"
