import heapq
import math
GRAPH = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}
def dijkstra(graph, source):
    dist = {node: math.inf for node in graph}
    prev = {}
    dist[source] = 0
    queue = [(0, source)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist[node]:
            continue
        for neighbour, weight in graph[node].items():
            nd = d + weight
            if nd < dist[neighbour]:
                dist[neighbour] = nd
                prev[neighbour] = node
                heapq.heappush(queue, (nd, neighbour))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
dist, prev = dijkstra(GRAPH, "A")
for node in sorted(dist):
    reach = "unreachable" if math.isinf(dist[node]) else f"{dist[node]:>3} via {' -> '.join(path(prev, node))}"
    print(f"{node}: {reach}")
print("farthest:", heapq.nlargest(2, ((d, n) for n, d in dist.items() if math.isfinite(d))))
