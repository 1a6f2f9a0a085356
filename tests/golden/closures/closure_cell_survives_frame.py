# A captured variable lives on after its function returned, and rebinding it is visible to all closures.
def make():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def reset():
        nonlocal items
        items = []
    def show():
        return items
    return push, reset, show
push, reset, show = make()
push("a"); push("b")
print(show())
reset()
print(show(), push("c"), show())
