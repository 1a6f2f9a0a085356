"""A round-robin tournament and a team picker built from itertools."""
from itertools import combinations, permutations, product, cycle, islice, chain, groupby
from collections import Counter

teams = ["Ants", "Bees", "Cats", "Dogs"]
matches = list(combinations(teams, 2))
print(len(matches), "matches")
rounds = {}
for i, match in enumerate(matches):
    rounds.setdefault(i % 3, []).append(match)
for r, games in rounds.items():
    print(f"round {r + 1}:", ", ".join(f"{a} v {b}" for a, b in games))

scores = dict(zip(matches, cycle([(2, 1), (0, 0), (1, 3)])))
points = Counter()
for (home, away), (h, a) in scores.items():
    if h > a:
        points[home] += 3
    elif h < a:
        points[away] += 3
    else:
        points[home] += 1
        points[away] += 1
print("table:", points.most_common())

podiums = list(permutations(teams, 3))
print(len(podiums), "possible podiums, first:", podiums[0], "last:", podiums[-1])
kits = list(product(["red", "blue"], ["home", "away"]))
print("kits:", kits)
duty = list(islice(cycle(teams), 6))
print("duty rota:", duty)
by_initial = {k: len(list(g)) for k, g in groupby(sorted(chain(teams, ["Apes", "Bats"])), key=lambda t: t[0])}
print(by_initial)
