from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH:03d}", "%d" % Priority.LOW)
print(Priority.LOW + 1, Priority.HIGH > Priority.MEDIUM, Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW, 3]))
print(isinstance(Priority.LOW, int), Priority(5), {1: "one"}[Priority.LOW], max(Priority))
