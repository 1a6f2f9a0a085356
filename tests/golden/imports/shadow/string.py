# coro-test: module
print("shadow: the string.py of the shadow folder")
ascii_lowercase = "not the standard string module"
