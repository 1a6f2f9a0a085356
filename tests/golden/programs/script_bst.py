class TreeNode:
    def __init__(self, key, val=None):
        self.key = key
        self.val = val
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return TreeNode(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)
    def __setitem__(self, k, v):
        self.insert(k, v)
    def __getitem__(self, k):
        node = self.root
        while node:
            if k == node.key:
                return node.val
            node = node.left if k < node.key else node.right
        raise KeyError(k)
    def __contains__(self, k):
        try:
            self[k]
            return True
        except KeyError:
            return False
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def min(self):
        n = self.root
        while n.left:
            n = n.left
        return n.key
    def levels(self):
        out = []
        frontier = [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out
    def __len__(self):
        return self.size
    def __iter__(self):
        return iter(self.inorder())

def main():
    t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        t[k] = str(k) * 2
    print(t.inorder())
    print(len(t), t.height(), t.min())
    print(t.levels())
    print(t[35], 35 in t, 36 in t)
    try:
        t[99]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
    t[35] = "updated"
    print(t[35], len(t))
    words = BST()
    for w in "the quick brown fox jumps over the lazy dog".split():
        words.insert(w)
    print(list(words), len(words))
    print([k for k in t if k % 20 == 0])
    try:
        {}["missing"]
    except KeyError as e:
        print(str(e))

if __name__ == "__main__":
    main()
