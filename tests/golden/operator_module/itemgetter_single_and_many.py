from operator import itemgetter
rows = [("bob", 30, "x"), ("alice", 25, "y"), ("carol", 35, "z")]
print(sorted(rows, key=itemgetter(1)))
print(list(map(itemgetter(0, 2), rows)))
print(itemgetter("k")({"k": 9}), itemgetter(slice(2))("abcdef"))
print(itemgetter(1), itemgetter(0, "a"))
