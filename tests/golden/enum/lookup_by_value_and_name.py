from enum import Enum
class Status(Enum):
    OK = 200
    NOT_FOUND = 404
print(Status(200), Status["NOT_FOUND"], Status(Status.OK), getattr(Status, "OK"))
try:
    Status(500)
except ValueError as e:
    print("ValueError", e)
try:
    Status["TEAPOT"]
except KeyError as e:
    print("KeyError", e)
print(Status.OK in Status)
try:
    print(200 in Status)
except TypeError as e:
    print("TypeError", e)
