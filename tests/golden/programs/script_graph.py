class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))
    def neighbors(self, u):
        return [v for v, _ in self.adj.get(u, [])]
    def bfs(self, start):
        seen = {start}
        order = []
        queue = [start]
        while queue:
            u = queue.pop(0)
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        return order
    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for v in self.neighbors(start):
            if v not in seen:
                self.dfs(v, seen)
        return seen
    def shortest(self, src):
        dist = {u: float("inf") for u in self.adj}
        dist[src] = 0
        todo = set(self.adj)
        while todo:
            u = min(todo, key=lambda x: (dist[x], x))
            todo.remove(u)
            for v, w in self.adj[u]:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
        return dist
    def has_cycle(self):
        WHITE, GRAY, BLACK = 0, 1, 2
        color = dict.fromkeys(self.adj, WHITE)
        def visit(u):
            color[u] = GRAY
            for v in self.neighbors(u):
                if color[v] == GRAY:
                    return True
                if color[v] == WHITE and visit(v):
                    return True
            color[u] = BLACK
            return False
        return any(color[u] == WHITE and visit(u) for u in list(self.adj))
    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.neighbors(u):
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        out = []
        while ready:
            u = ready.pop(0)
            out.append(u)
            for v in self.neighbors(u):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        return out

def main():
    g = Graph()
    for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]:
        g.add_edge(a, b, w)
    print(g.bfs("A"))
    print(g.dfs("A"))
    d = g.shortest("A")
    print(d)
    print(sorted(d.items(), key=lambda kv: -kv[1]))
    dag = Graph(directed=True)
    for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
        dag.add_edge(a, b)
    print(dag.topo())
    print(dag.has_cycle())
    dag.add_edge("jacket", "shirt")
    print(dag.has_cycle())
    print(len(g.adj), sum(len(v) for v in g.adj.values()))
    print(float("inf") > 10**100, -float("inf"), d.get("Z", "n/a"))

if __name__ == "__main__":
    main()
