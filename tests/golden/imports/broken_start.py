# coro-test: module
settings = {"debug": True}
level = settings["verbose"]
