class MyErr(Exception):
    pass
e = "before"
try:
    raise MyErr("inside")
except MyErr as e:
    print("handler", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    raise MyErr("keep")
except MyErr as e2:
    saved = e2
print("saved", saved, type(saved).__name__)
