# A common idiom: format a message from the local variables.
def report(user, count):
    unit = "item" if count == 1 else "items"
    return "%(user)s has %(count)d %(unit)s" % locals()
print(report("ana", 1))
print(report("bo", 3))
print("{user}: {count}".format(**{"user": "cy", "count": 0}))
