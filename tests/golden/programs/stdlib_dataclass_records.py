from dataclasses import dataclass, field, asdict, replace
from typing import List, Optional
import math
@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    dept: str
    name: str
    salary: float
    manager: Optional[str] = None
    skills: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = (self.dept, -self.salary, self.name)
staff = [
    Employee("eng", "Ada", 120_000, skills=["rust", "python"]),
    Employee("eng", "Linus", 135_000, "Ada"),
    Employee("ops", "Grace", 99_500, skills=["cobol"]),
    Employee("eng", "Guido", 120_000, "Ada", ["python"]),
    Employee("ops", "Ken", 101_000, "Grace"),
]
for e in sorted(staff):
    print(f"{e.dept:<4} {e.name:<6} {e.salary:>10,.2f} {e.manager or '-':<6} {','.join(e.skills)}")
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
for dept, pay in sorted(by_dept.items()):
    print(dept, "mean", round(math.fsum(pay) / len(pay), 2), "max", max(pay), "geo", round(math.prod(pay) ** (1 / len(pay)), 2))
raised = [replace(e, salary=round(e.salary * 1.05, 2)) for e in staff if e.dept == "ops"]
print(raised[0], raised[0] == staff[2], raised[0] > staff[2])
print(asdict(staff[0]))
