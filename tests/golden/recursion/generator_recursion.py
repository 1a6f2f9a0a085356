class Tree:
    def __init__(self, value, *kids):
        self.value = value
        self.kids = kids
    def __iter__(self):
        yield self.value
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t))
print(sum(t), max(t))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(10)))
