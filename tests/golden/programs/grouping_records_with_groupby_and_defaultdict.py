"""Sales records summarised by region and month, with groupby and defaultdict."""
from collections import defaultdict, namedtuple
from itertools import groupby
from operator import attrgetter

Sale = namedtuple("Sale", "region month product amount")

RAW = """north,2024-01,widget,120
south,2024-01,gadget,80
north,2024-01,gadget,45
east,2024-02,widget,60
north,2024-02,widget,200
south,2024-02,widget,30
east,2024-01,gizmo,75
south,2024-01,widget,95"""

sales = [Sale(r, m, p, int(a)) for r, m, p, a in (line.split(",") for line in RAW.splitlines())]

by_region = attrgetter("region")
for region, group in groupby(sorted(sales, key=by_region), key=by_region):
    group = list(group)
    total = sum(s.amount for s in group)
    print(f"{region:<6} {len(group)} sales, total {total:>4}")

monthly = defaultdict(lambda: defaultdict(int))
for s in sales:
    monthly[s.month][s.product] += s.amount
for month in sorted(monthly):
    print(month, dict(sorted(monthly[month].items())))

products = defaultdict(set)
for s in sales:
    products[s.product].add(s.region)
for product, regions in sorted(products.items()):
    print(product, "sold in", ", ".join(sorted(regions)))

best = max(sales, key=attrgetter("amount"))
print("best sale:", best)
print(best._asdict())
