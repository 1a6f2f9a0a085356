class Status:
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

def text(code):
    match code:
        case Status.OK:
            return "OK"
        case Status.NOT_FOUND:
            return "Not Found"
        case 401 | 403:
            return "Not Allowed"
        case int(c) if 500 <= c < 600:
            return "Server Error"
        case _:
            return "Unknown"

for c in [200, 404, 403, 500, 503, 302]:
    print(c, text(c))
