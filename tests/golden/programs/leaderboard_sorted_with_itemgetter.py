"""A game leaderboard: scores sorted by several keys with itemgetter and attrgetter."""
from operator import itemgetter, attrgetter, methodcaller
from collections import Counter
from itertools import accumulate, count

results = [
    {"player": "ana", "score": 930, "time": 41.5, "level": 7},
    {"player": "bo", "score": 1210, "time": 52.0, "level": 9},
    {"player": "cy", "score": 930, "time": 38.2, "level": 7},
    {"player": "di", "score": 1210, "time": 49.9, "level": 8},
    {"player": "ed", "score": 640, "time": 30.1, "level": 5},
]

# Highest score first; equal scores: fastest time first.
ranked = sorted(results, key=itemgetter("time"))
ranked.sort(key=itemgetter("score"), reverse=True)
print(f"{'#':>2} {'player':<8}{'score':>6}{'time':>7}")
for rank, row in zip(count(1), ranked):
    print(f"{rank:>2} {row['player']:<8}{row['score']:>6}{row['time']:>7.1f}")

get = itemgetter("player", "level")
print("levels:", [get(r) for r in ranked])
print("running total:", list(accumulate(map(itemgetter("score"), ranked))))
print("levels reached:", sorted(Counter(map(itemgetter("level"), results)).items()))


class Entry:
    def __init__(self, name, points):
        self.name = name
        self.points = points

    def __repr__(self):
        return f"Entry({self.name!r}, {self.points})"


entries = [Entry(r["player"], r["score"]) for r in results]
print(sorted(entries, key=attrgetter("points", "name"), reverse=True)[:3])
print(list(map(methodcaller("upper"), map(attrgetter("name"), entries))))
