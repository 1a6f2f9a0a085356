# Recursive generators delegate with yield from to walk nested structures in order.
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, (7, None, None), None)))

def inorder(node):
    if node is None:
        return
    value, left, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)

def preorder(node, depth=0):
    if node is not None:
        value, left, right = node
        yield depth, value
        yield from preorder(left, depth + 1)
        yield from preorder(right, depth + 1)

print(list(inorder(tree)))
for depth, value in preorder(tree):
    print("  " * depth + str(value))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]], 7])))

def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from chain(n - 1)
    yield depth + 1
    return depth + 1
out = list(chain(50))
print(len(out), out[0], out[-1])

def count_nodes(node):
    if node is None:
        return 0
    value, left, right = node
    total = 1
    total += yield from count_and_yield(left)
    total += yield from count_and_yield(right)
    return total
def count_and_yield(node):
    n = yield from count_nodes(node)
    yield n
    return n
g = count_nodes(tree)
sizes = []
try:
    while True:
        sizes.append(next(g))
except StopIteration as e:
    print("subtree sizes", sizes, "total", e.value)

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(perms("abc")))
