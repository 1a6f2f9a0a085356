# pass is a no-op placeholder in every block kind.
def nothing():
    pass
print(nothing())
for _ in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("done")
