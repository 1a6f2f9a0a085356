class HTTPError(Exception):
    def __init__(self, status, reason="Unknown", *, url=None):
        self.status = status
        self.reason = reason
        self.url = url
        super().__init__(status, reason)
    def __str__(self):
        s = str(self.status) + " " + self.reason
        if self.url:
            s += " at " + self.url
        return s
for err in [HTTPError(404), HTTPError(500, "Server Error"), HTTPError(403, "Forbidden", url="/admin")]:
    try:
        raise err
    except HTTPError as e:
        print(e, "|", e.args, "|", e.status)
try:
    raise HTTPError()
except TypeError as e:
    print(type(e).__name__, e)
class Kw(Exception):
    def __init__(self, **info):
        super().__init__(*sorted(info))
        self.info = info
k = Kw(b=2, a=1)
print(k.args, sorted(k.info.items()), str(k))
