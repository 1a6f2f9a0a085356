class Retryable(Exception):
    max_tries = 3
    def __init__(self, msg, tries=0):
        super().__init__(msg)
        self.tries = tries
    def can_retry(self):
        return self.tries < self.max_tries
    def next(self):
        return Retryable(self.args[0], self.tries + 1)
e = Retryable("timeout")
while True:
    print(e, e.tries, e.can_retry())
    if not e.can_retry():
        break
    e = e.next()
class Strict(Retryable):
    max_tries = 1
print(Strict("s").can_retry(), Strict("s", 1).can_retry())
e2 = Retryable("x")
e2.extra = "dynamic attr"
print(e2.extra, sorted(e2.__dict__))
