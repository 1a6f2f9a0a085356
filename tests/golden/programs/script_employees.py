class Employee:
    raise_pct = 1.04
    num_emps = 0
    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.num_emps += 1
    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.com".lower()
    @property
    def fullname(self):
        return f"{self.first} {self.last}"
    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")
    @fullname.deleter
    def fullname(self):
        print("Delete name!")
        self.first = self.last = None
    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)
    @classmethod
    def set_raise(cls, amount):
        cls.raise_pct = amount
    @classmethod
    def from_string(cls, s):
        first, last, pay = s.split("-")
        return cls(first, last, int(pay))
    @staticmethod
    def is_workday(day):
        return day % 7 not in (5, 6)
    def __repr__(self):
        return f"Employee('{self.first}', '{self.last}', {self.pay})"
    def __str__(self):
        return f"{self.fullname} - {self.email}"
    def __add__(self, other):
        return self.pay + other.pay
    def __len__(self):
        return len(self.fullname)

class Developer(Employee):
    raise_pct = 1.10
    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang

class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees
    def add_emp(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)
    def remove_emp(self, emp):
        if emp in self.employees:
            self.employees.remove(emp)
    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname)

def main():
    e1 = Employee("Corey", "Schafer", 50000)
    e2 = Employee.from_string("John-Doe-70000")
    d1 = Developer("Sue", "Smith", 60000, "Python")
    d2 = Developer("Ann", "Lee", 65000, "Rust")
    print(e1, repr(e2), sep=" | ")
    print(Employee.num_emps)
    Employee.set_raise(1.05)
    for e in (e1, e2, d1):
        e.apply_raise()
    print(e1.pay, e2.pay, d1.pay, Employee.raise_pct, Developer.raise_pct, e1.raise_pct)
    e1.raise_pct = 2
    print(e1.__dict__)
    print(Employee.is_workday(12), e1.is_workday(13))
    m = Manager("Mia", "Ng", 90000, [d1])
    m.add_emp(d2)
    m.add_emp(d1)
    m.print_emps()
    m.remove_emp(d1)
    m.print_emps()
    print(isinstance(m, Developer), issubclass(Manager, Employee))
    print(e1 + e2, len(d2))
    e1.fullname = "Corey Smith"
    print(e1.email, e1.fullname)
    del e1.fullname
    print(e1.first)
    staff = [e2, d1, d2, m]
    for e in sorted(staff, key=lambda e: e.pay, reverse=True):
        print(f"{e.fullname:<12}{type(e).__name__:<10}{e.pay:>8,}")
    by_cls = {}
    for e in staff:
        by_cls[type(e).__name__] = by_cls.get(type(e).__name__, 0) + e.pay
    print(by_cls)
    print(help.__class__.__name__ if False else Employee.num_emps)

if __name__ == "__main__":
    main()
