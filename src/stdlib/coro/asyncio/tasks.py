# asyncio's ways of waiting on tasks with a deadline or for the first of
# several, written in Coro over futures and their done-callbacks: wait_for,
# wait, as_completed, shield, timeout and timeout_at, all_tasks.
#
# The loop iterations each one costs are CPython's (notes/ASYNCIO.md §4 and
# §7): an internal callback completes an outer future, and the awaiting task
# runs one iteration after that.


def _wake(waiter):
    if not waiter.done():
        waiter.set_result(None)


def _waker(waiter):
    # A done-callback (or timer callback) that releases `waiter`.
    def release(*ignored):
        _wake(waiter)

    return release


async def _cancel_and_wait(fut):
    # Cancels `fut` and waits until it is really done (a task may run on
    # after its cancellation, or even swallow it).
    waiter = _new_future()
    release = _waker(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Waits for an awaitable, cancelling it after `timeout` seconds."""
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _wake, waiter)
    release = _waker(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # wait_for itself is cancelled: so is what it waits for.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        # It may have caught the cancellation and returned a value.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def _unique(items):
    # The distinct items in first-seen order (CPython uses a set here, whose
    # order follows addresses; Coro keeps the order they were given in).
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for futures or tasks; returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = _unique(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake, waiter)
    left = [len(fs)]

    def on_done(f):
        left[0] -= 1
        if (
            left[0] <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Yields one awaitable per future, each giving the next result to
    arrive (or raising TimeoutError once `timeout` has passed). It is a
    generator: nothing is checked or started before the first item."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    arrived = Queue()
    todo = [ensure_future(f) for f in _unique(fs)]
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            arrived.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        arrived.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await arrived.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = get_running_loop().call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_result()


def shield(arg):
    """Protects an awaitable from the cancellation of its awaiter."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _new_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def all_tasks(loop=None):
    """The tasks of the running loop that are not done yet."""
    return set(_pending_tasks())


class Timeout:
    """The context manager of timeout() and timeout_at(): it cancels the
    task running its body at the deadline, and turns that cancellation
    into TimeoutError on the way out."""

    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = "created"
        self._handle = None
        self._task = None
        self._when = when
        # How the deadline orders among equal ones: 0 for an explicit
        # deadline, else the moment `timeout(delay)` computed it.
        self._order = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            if self._state == "created":
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._order = 0
        self._arm(when)

    def _arm(self, when):
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
            return
        loop = get_running_loop()
        if when <= loop.time():
            self._handle = loop.call_soon(self._on_timeout)
        else:
            self._handle = _call_at_ordered(when, self._order, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = ""
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info = f" when={when}"
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._task = task
        self._cancelling = task.cancelling()
        self._arm(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # No other cancellation is on its way: this one was ours.
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._handle = None


def timeout(delay):
    """A context manager cancelling its body after `delay` seconds (None: never)."""
    if delay is None:
        return Timeout(None)
    cm = Timeout(get_running_loop().time() + delay)
    cm._order = _timer_order()
    return cm


def timeout_at(when):
    """A context manager cancelling its body at the loop time `when`."""
    return Timeout(when)

