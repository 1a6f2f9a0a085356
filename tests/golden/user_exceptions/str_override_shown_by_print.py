class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return self.field + ": " + self.problem
try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(str(e))
    print(e.args)
    print(repr(e))
    print("formatted: {}".format(e))
    print(f"f-string: {e}")
    print("%s" % e)
class ReprToo(Exception):
    def __repr__(self):
        return "ReprToo<custom>"
r = ReprToo("m")
print(str(r), repr(r), [r])
