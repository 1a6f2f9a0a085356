class StageError(Exception):
    pass
def stage(n):
    try:
        if n == 0:
            raise ValueError("root cause")
        stage(n - 1)
    except Exception as e:
        if n % 2:
            raise StageError("stage %d failed" % n) from e
        raise StageError("stage %d failed (implicit)" % n)
try:
    stage(3)
except StageError as e:
    cur = e
    while cur is not None:
        how = "cause" if cur.__cause__ is not None else ("context" if cur.__context__ is not None else "end")
        print(type(cur).__name__, "|", cur, "|", how)
        cur = cur.__cause__ or cur.__context__
try:
    raise ValueError("a") from KeyError("b") if False else None
except ValueError as e:
    print("conditional binds to the cause:", e.__cause__, e.__suppress_context__)
