print(sorted([0.0, -0.0, 1.5, -0.0, 0.0]), sorted([3, True, 2, False]))
print(sorted(["b", "a", "B", "é", "e"]))
