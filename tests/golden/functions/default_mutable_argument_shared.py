# Default values are evaluated once, so a mutable default is shared between calls.
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe(1), safe(2))
n = 10
def frozen(v=n):
    return v
n = 20
print(frozen())
