class Employee:
    raise_rate = 1.03
    _count = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee._count += 1

    @classmethod
    def from_string(cls, text):
        first, last, pay = text.split("-")
        return cls(first, last, int(pay))

    @classmethod
    def set_raise(cls, rate):
        cls.raise_rate = rate

    @staticmethod
    def is_workday(day_index):
        return day_index < 5

    @property
    def email(self):
        return (self.first + "." + self.last + "@company.com").lower()

    @property
    def fullname(self):
        return self.first + " " + self.last

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    @fullname.deleter
    def fullname(self):
        print("Deleting name of", self.first)
        self.first = self.last = None

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)

    def monthly(self):
        return round(self.pay / 12, 2)

    def __repr__(self):
        return "%s(%r, %r, %d)" % (type(self).__name__, self.first, self.last, self.pay)

    def __str__(self):
        return "%s - %s" % (self.fullname, self.email)

    def __add__(self, other):
        return self.pay + other.pay

    def __radd__(self, other):
        return other + self.pay

    def __len__(self):
        return len(self.fullname)


class Developer(Employee):
    raise_rate = 1.10

    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang

    def __repr__(self):
        return super().__repr__()[:-1] + ", %r)" % self.lang


class Manager(Employee):
    def __init__(self, first, last, pay, reports=None):
        super().__init__(first, last, pay)
        self.reports = [] if reports is None else reports

    def add(self, emp):
        if emp not in self.reports:
            self.reports.append(emp)

    def remove(self, emp):
        if emp in self.reports:
            self.reports.remove(emp)

    def team(self):
        return [e.fullname for e in self.reports]

    def budget(self):
        return self.pay + sum(self.reports)


e1 = Employee("Corey", "Schafer", 50000)
e2 = Employee.from_string("Jane-Doe-70000")
d1 = Developer("Sam", "Smith", 60000, "Python")
d2 = Developer("Kim", "Lee", 65000, "Go")
m = Manager("Sue", "Jones", 90000, [d1])
m.add(d2)
m.add(d1)
print(e1, "|", repr(e2))
print(repr(d1), d1.email, len(d1))
print(m.team(), m.budget(), e1 + e2)
m.remove(d1)
print(m.team())
print(Employee.is_workday(3), Employee.is_workday(6))
for emp in (e1, d1):
    before = emp.pay
    emp.apply_raise()
    print(emp.first, before, "->", emp.pay, emp.monthly())
Employee.set_raise(1.05)
e2.apply_raise()
print(e2.pay, Employee.raise_rate, Developer.raise_rate, Manager.raise_rate)
Developer.set_raise(1.2)
print(Developer.raise_rate, Employee.raise_rate)
e1.fullname = "Corey Shafer"
print(e1.first, e1.last, e1.email)
del e1.fullname
print(e1.first, e1.last)
print(Employee._count, isinstance(m, Employee), issubclass(Developer, Manager))
print(sorted([e2, d1, d2, m], key=lambda e: e.pay))
print([type(x).__name__ for x in sorted([e2, d1, d2, m], key=lambda e: (type(e).__name__, -e.pay))])
