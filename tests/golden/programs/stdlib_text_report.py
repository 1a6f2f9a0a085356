import textwrap
import string
from bisect import bisect
ENTRIES = [
    ("alpha", 93, "Finished the migration of the billing service to the new queueing system, two days ahead of the plan."),
    ("beta", 71, "Spent most of the sprint on flaky integration tests; the root cause was a race in the fixture teardown."),
    ("gamma", 58, "Blocked on credentials for the staging cluster for a week. Documented the set-up steps meanwhile."),
    ("delta", 85, "Shipped the search-as-you-type feature; latency p95 is now well under a hundred milliseconds."),
]
def grade(score, cutoffs=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect(cutoffs, score)]
width = 60
print("=" * width)
print(textwrap.fill(string.capwords("weekly team report for the platform group"), width))
print("=" * width)
for name, score, note in ENTRIES:
    header = f"{name.title():<8} {score:>3}  [{grade(score)}]"
    print(header)
    print(textwrap.indent(textwrap.fill(note, width - 4), "    "))
print("-" * width)
summary = " ".join(f"{n}={grade(s)}" for n, s, _ in ENTRIES)
print(textwrap.shorten("Summary: " + summary + " -- " + " ".join(note for *_, note in ENTRIES), width=width))
print(textwrap.dedent("""\
    Legend:
      A >= 90, B >= 80, C >= 70
      D >= 60, otherwise F"""))
