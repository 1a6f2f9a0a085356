class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b, weight=1):
        self.adj.setdefault(a, {})[b] = weight
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = weight

    def neighbors(self, node):
        return sorted(self.adj[node])

    def bfs(self, start):
        seen = [start]
        queue = [start]
        while queue:
            node = queue.pop(0)
            for n in self.neighbors(node):
                if n not in seen:
                    seen.append(n)
                    queue.append(n)
        return seen

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for n in self.neighbors(start):
            if n not in seen:
                self.dfs(n, seen)
        return seen

    def shortest_path(self, start, goal):
        dist = {start: 0}
        prev = {}
        todo = [start]
        while todo:
            todo.sort(key=lambda n: (dist[n], n))
            node = todo.pop(0)
            if node == goal:
                break
            for n, w in sorted(self.adj[node].items()):
                nd = dist[node] + w
                if n not in dist or nd < dist[n]:
                    dist[n] = nd
                    prev[n] = node
                    if n not in todo:
                        todo.append(n)
        if goal not in dist:
            return None, float("inf")
        path = [goal]
        while path[-1] != start:
            path.append(prev[path[-1]])
        return path[::-1], dist[goal]

    def topo_sort(self):
        if not self.directed:
            raise TypeError("topological sort needs a directed graph")
        indeg = {n: 0 for n in self.adj}
        for n in self.adj:
            for m in self.adj[n]:
                indeg[m] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for m in sorted(self.adj[n]):
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen = set()
        comps = []
        for n in sorted(self.adj):
            if n not in seen:
                comp = self.bfs(n)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3), ("X", "Y", 1)]:
    g.add_edge(a, b, w)
print(len(g), "A" in g, "Z" in g)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
print("path", g.shortest_path("A", "E"))
print("path", g.shortest_path("A", "Y"))
print("components", g.components())
try:
    g.topo_sort()
except TypeError as e:
    print(type(e).__name__, e)
deps = Graph(directed=True)
for a, b in [("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"), ("shower", "dress"), ("dress", "shop")]:
    deps.add_edge(a, b)
print("topo", deps.topo_sort())
deps.add_edge("eat", "wake")
try:
    deps.topo_sort()
except ValueError as e:
    print(type(e).__name__, e)
grid = Graph()
for r in range(3):
    for c in range(3):
        if c < 2:
            grid.add_edge((r, c), (r, c + 1))
        if r < 2:
            grid.add_edge((r, c), (r + 1, c))
print(grid.shortest_path((0, 0), (2, 2)))
print(grid.bfs((1, 1)))
