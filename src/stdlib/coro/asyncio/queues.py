# asyncio's queues, written in Coro over futures and an Event.


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""

    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""

    __module__ = "asyncio.queues"


def _wake_one(waiters):
    # The first waiter not done (cancelled ones are dropped) gets the turn.
    while waiters:
        w = waiters.pop(0)
        if not w.done():
            w.set_result(None)
            return


def _forget(waiters, w):
    if w in waiters:
        waiters.remove(w)


class Queue:
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    __module__ = "asyncio.queues"
    # How many items at the front of `_queue` are taken (see `_get`).
    _head = 0

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # What subclasses override: how items are stored and taken.
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        # Items before `_head` are taken; the list is compacted now and then
        # so that a long-lived queue costs O(1) per item.
        queue = self._queue
        head = self._head
        item = queue[head]
        queue[head] = None
        head += 1
        if head > 32 and head * 2 > len(queue):
            del queue[:head]
            head = 0
        self._head = head
        return item

    def _items(self):
        return list(self._queue)[self._head :]

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        text = f"maxsize={self._maxsize!r}"
        if self.qsize():
            text += f" _queue={self._items()!r}"
        if self._getters:
            text += f" _getters[{len(self._getters)}]"
        if self._putters:
            text += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            text += f" tasks={self._unfinished_tasks}"
        return text

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return len(self._queue) <= self._head

    def full(self):
        maxsize = self._maxsize
        if maxsize <= 0:
            return False
        return self.qsize() >= maxsize

    async def put(self, item):
        # A woken putter may find the queue full again: it queues anew.
        while self.full():
            me = _new_future()
            self._putters.append(me)
            try:
                await me
            except:
                me.cancel()
                _forget(self._putters, me)
                if not self.full() and not me.cancelled():
                    # Woken, but leaving: the turn goes to the next putter.
                    _wake_one(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        if self._getters:
            _wake_one(self._getters)

    async def get(self):
        while self.empty():
            me = _new_future()
            self._getters.append(me)
            try:
                await me
            except:
                me.cancel()
                _forget(self._getters, me)
                if not self.empty() and not me.cancelled():
                    _wake_one(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if self._putters:
            _wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    """A queue that gives the most recently added item first."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (a binary heap, ordered
    by `<` exactly as the heapq module orders it)."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heap = self._queue
        heap.append(item)
        _bubble_up(heap, 0, len(heap) - 1)

    def _get(self):
        heap = self._queue
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return top


def _bubble_up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Moves the smaller child up to a leaf, then bubbles the item back up:
    # the heapq way, which fixes the order of equal items.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)
