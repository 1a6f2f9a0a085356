import operator
for call in (lambda: operator.add(1), lambda: operator.neg(), lambda: operator.itemgetter(),
             lambda: operator.attrgetter(), lambda: operator.methodcaller(),
             lambda: operator.methodcaller(5), lambda: operator.lt(1, "a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(operator.add, operator.__add__ is operator.add, operator.add.__name__)
