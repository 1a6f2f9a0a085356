class MinHeap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self._data = []
        for it in items:
            self.push(it)

    def push(self, item):
        self._data.append(item)
        self._sift_up(len(self._data) - 1)

    def pop(self):
        if not self._data:
            raise IndexError("pop from empty heap")
        top = self._data[0]
        last = self._data.pop()
        if self._data:
            self._data[0] = last
            self._sift_down(0)
        return top

    def peek(self):
        return self._data[0]

    def _less(self, i, j):
        return self.key(self._data[i]) < self.key(self._data[j])

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self._data[i], self._data[parent] = self._data[parent], self._data[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self._data)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self._data[i], self._data[smallest] = self._data[smallest], self._data[i]
            i = smallest

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0


class Task:
    counter = 0

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
        Task.counter += 1
        self.seq = Task.counter

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def __repr__(self):
        return "Task(%d, %r)" % (self.priority, self.name)


h = MinHeap([5, 3, 8, 1, 9, 2])
print(len(h), h.peek())
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(bool(h))

tasks = MinHeap()
for pri, name in [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call boss"), (5, "lunch")]:
    tasks.push(Task(pri, name))
while tasks:
    print("doing", tasks.pop())

words = MinHeap("the quick brown fox jumps over the lazy dog".split(), key=lambda w: (-len(w), w))
print([words.pop() for _ in range(4)])


def k_smallest(nums, k):
    heap = MinHeap(nums)
    return [heap.pop() for _ in range(min(k, len(heap)))]


print(k_smallest([9, 4, 7, 1, 8, 2, 2], 3), k_smallest([3], 5))


def merge_sorted(*lists):
    heap = MinHeap(key=lambda t: (t[0], t[1]))
    for i, lst in enumerate(lists):
        if lst:
            heap.push((lst[0], i, 0))
    out = []
    while heap:
        value, i, j = heap.pop()
        out.append(value)
        if j + 1 < len(lists[i]):
            heap.push((lists[i][j + 1], i, j + 1))
    return out


print(merge_sorted([1, 4, 9], [2, 3, 10], [], [0, 11]))
