"""Shortest paths on a grid maze and a word ladder, breadth first with a deque."""
from collections import deque

MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "#.#...##..",
    "..#.#....E",
]


def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def find(ch):
    for r, row in enumerate(MAZE):
        if ch in row:
            return r, row.index(ch)


def bfs(start, goal):
    queue = deque([start])
    came_from = {start: None}
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for nxt in neighbours(*cell):
            if nxt not in came_from:
                came_from[nxt] = cell
                queue.append(nxt)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = came_from[cell]
    return path[::-1]


path = bfs(find("S"), find("E"))
print("steps:", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))

WORDS = {"cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "corm"}


def ladder(a, b):
    queue = deque([[a]])
    seen = {a}
    while queue:
        chain = queue.popleft()
        if chain[-1] == b:
            return chain
        for i in range(len(a)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                w = chain[-1][:i] + ch + chain[-1][i + 1:]
                if w in WORDS and w not in seen:
                    seen.add(w)
                    queue.append(chain + [w])


print(" -> ".join(ladder("cold", "warm")))

recent = deque(maxlen=3)
for page in ["home", "about", "blog", "post-1", "post-2"]:
    recent.append(page)
print("recently visited:", list(recent), recent)
