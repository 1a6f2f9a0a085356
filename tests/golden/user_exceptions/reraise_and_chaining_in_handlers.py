class StepError(Exception):
    pass
def step(n):
    if n == 2:
        raise StepError("step " + str(n))
    return n
def run():
    results = []
    for i in range(4):
        try:
            results.append(step(i))
        except StepError:
            print("logging and re-raising")
            raise
    return results
try:
    run()
except StepError as e:
    print("top level:", e)
def wrap():
    try:
        step(2)
    except StepError as e:
        raise RuntimeError("wrapped") from e
try:
    wrap()
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
try:
    try:
        raise StepError("first")
    except StepError as e:
        err = e
    raise err
except StepError as e2:
    print("reraised stored:", e2, e2 is err)
