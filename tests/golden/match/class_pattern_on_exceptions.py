def run(f):
    try:
        f()
    except Exception as e:
        match e:
            case ZeroDivisionError():
                return "division"
            case KeyError(args=(key,)):
                return f"missing key {key!r}"
            case ValueError(args=[msg, *_]) if "invalid" in msg:
                return "bad value: " + msg
            case LookupError() as err:
                return f"lookup {type(err).__name__}"
            case Exception(args=args):
                return f"other {args}"
    return "ok"
print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: int("x")))
print(run(lambda: [][1]))
print(run(lambda: exec_missing))
print(run(lambda: None))
class MyErr(Exception):
    __match_args__ = ("code",)
    def __init__(self, code):
        super().__init__(code)
        self.code = code
try:
    raise MyErr(404)
except MyErr as e:
    match e:
        case MyErr(404):
            print("not found")
match 1:
    case object():
        print("object matches anything")
