import bisect
people = [("ann", 21), ("bob", 30), ("cy", 30), ("dee", 45)]
ages = lambda p: p[1]
print(bisect.bisect_left(people, 30, key=ages), bisect.bisect_right(people, 30, key=ages))
bisect.insort(people, ("eve", 30), key=ages)
bisect.insort_left(people, ("fay", 30), key=ages)
print(people)
