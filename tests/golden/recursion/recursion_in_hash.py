class H:
    def __init__(self):
        self.ref = self
    def __hash__(self):
        return hash(self.ref)
try:
    hash(H())
except RecursionError as e:
    print(type(e).__name__)
try:
    {H(): 1}
except RecursionError as e:
    print(type(e).__name__)
t = (1, (2, (3,)))
print(hash(t) == hash((1, (2, (3,)))))
