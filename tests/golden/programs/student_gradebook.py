import math


class Student:
    def __init__(self, name):
        self.name = name
        self.scores = {}

    def add_score(self, subject, score):
        if not 0 <= score <= 100:
            raise ValueError("score out of range: %r" % (score,))
        self.scores.setdefault(subject, []).append(score)

    def average(self, subject=None):
        if subject is not None:
            vals = self.scores.get(subject, [])
        else:
            vals = [s for lst in self.scores.values() for s in lst]
        if not vals:
            return None
        return sum(vals) / len(vals)

    @staticmethod
    def letter(avg):
        if avg is None:
            return "-"
        for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return grade
        return "F"

    def __repr__(self):
        return "Student(%r)" % self.name


class Gradebook:
    def __init__(self, subjects):
        self.subjects = list(subjects)
        self.students = {}

    def student(self, name):
        if name not in self.students:
            self.students[name] = Student(name)
        return self.students[name]

    def record(self, name, subject, score):
        if subject not in self.subjects:
            raise KeyError("unknown subject " + subject)
        self.student(name).add_score(subject, score)

    def stats(self, subject):
        vals = [s for st in self.students.values() for s in st.scores.get(subject, [])]
        mean = sum(vals) / len(vals)
        var = sum((v - mean) ** 2 for v in vals) / len(vals)
        ordered = sorted(vals)
        mid = len(ordered) // 2
        median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        return {"n": len(vals), "mean": round(mean, 2), "median": median, "stdev": round(math.sqrt(var), 2),
                "min": ordered[0], "max": ordered[-1]}

    def ranking(self):
        return sorted(self.students.values(), key=lambda s: (-s.average(), s.name))

    def report(self):
        header = "%-8s" % "Name" + "".join("%8s" % s for s in self.subjects) + "%8s %s" % ("Avg", "Grade")
        lines = [header, "-" * len(header)]
        for st in sorted(self.students.values(), key=lambda s: s.name):
            cells = ""
            for subj in self.subjects:
                avg = st.average(subj)
                cells += "%8s" % ("-" if avg is None else "%.1f" % avg)
            overall = st.average()
            lines.append("%-8s%s%8.1f %s" % (st.name, cells, overall, Student.letter(overall)))
        return "\n".join(lines)


book = Gradebook(["math", "physics", "art"])
data = [
    ("ana", "math", 95), ("ana", "physics", 88), ("ana", "art", 72),
    ("ben", "math", 67), ("ben", "math", 73), ("ben", "art", 91),
    ("cara", "math", 88), ("cara", "physics", 92), ("cara", "physics", 85), ("cara", "art", 79),
    ("dev", "physics", 55), ("dev", "art", 61),
]
for row in data:
    book.record(*row)
print(book.report())
for subj in book.subjects:
    print(subj, book.stats(subj))
print([(s.name, round(s.average(), 2), Student.letter(s.average())) for s in book.ranking()])
for bad in [("ana", "music", 90), ("ana", "math", 101), ("ana", "math", -1)]:
    try:
        book.record(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(book.student("eve").average(), Student.letter(None), repr(book.student("eve")))
