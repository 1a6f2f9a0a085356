# for/else as a search loop: else means "not found".
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
