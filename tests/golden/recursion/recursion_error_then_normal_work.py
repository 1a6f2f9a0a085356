def inf(n):
    return inf(n + 1) + 1
for attempt in range(3):
    try:
        inf(0)
    except RecursionError:
        print("attempt", attempt, "hit limit")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
class Tree:
    def __init__(self, kids=()):
        self.kids = list(kids)
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
t = Tree([Tree([Tree(), Tree()]), Tree()])
print(t.size())
