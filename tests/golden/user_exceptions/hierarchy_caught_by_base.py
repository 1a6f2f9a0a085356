class AppError(Exception):
    pass
class DBError(AppError):
    pass
class ConnError(DBError):
    pass
class UIError(AppError):
    pass
def risky(kind):
    if kind == "conn":
        raise ConnError("no connection")
    if kind == "db":
        raise DBError("bad query")
    if kind == "ui":
        raise UIError("bad widget")
    raise ValueError("plain")
for kind in ["conn", "db", "ui", "other"]:
    try:
        risky(kind)
    except DBError as e:
        print("db layer:", type(e).__name__, e)
    except AppError as e:
        print("app layer:", type(e).__name__, e)
    except Exception as e:
        print("generic:", type(e).__name__, e)
try:
    risky("conn")
except (UIError, ConnError) as e:
    print("tuple caught", type(e).__name__)
try:
    try:
        risky("ui")
    except DBError:
        print("not here")
except AppError as e:
    print("outer caught", e)
