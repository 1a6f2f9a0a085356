# Exceptions caught per iteration let a loop continue; counting outcomes.
results = {"ok": 0, "zero": 0, "type": 0}
for v in [1, 0, "a", 2, 0, None]:
    try:
        10 / v
    except ZeroDivisionError:
        results["zero"] += 1
        continue
    except TypeError:
        results["type"] += 1
    else:
        results["ok"] += 1
print(results)
