class APIError(Exception):
    status = 500
    message = "internal error"
    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(self.message)
class NotFound(APIError):
    status = 404
    message = "not found"
class BadRequest(APIError):
    status = 400
for exc in [APIError(), NotFound(), NotFound("no user 7"), BadRequest(), BadRequest("missing field")]:
    try:
        raise exc
    except APIError as e:
        print(e.status, e, e.args, type(e).__name__)
