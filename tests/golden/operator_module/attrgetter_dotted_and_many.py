from operator import attrgetter
class P:
    def __init__(self, name, age, boss=None):
        self.name, self.age, self.boss = name, age, boss
people = [P("ann", 40), P("ben", 25, P("cy", 50))]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]))
print(attrgetter("boss.name")(people[1]))
print(attrgetter("name"), attrgetter("a.b", "c"))
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
