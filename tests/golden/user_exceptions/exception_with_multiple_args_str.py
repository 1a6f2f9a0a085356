class MultiArg(Exception):
    pass
e = MultiArg("file.txt", 2, "No such file")
print(str(e))
print(repr(e))
print(e.args[2])
class OSLike(Exception):
    def __init__(self, errno, strerror, filename=None):
        super().__init__(errno, strerror)
        self.errno = errno
        self.strerror = strerror
        self.filename = filename
    def __str__(self):
        base = "[Errno %d] %s" % (self.errno, self.strerror)
        return base + (": %r" % self.filename if self.filename else "")
print(OSLike(2, "No such file", "a.txt"))
print(OSLike(13, "Permission denied"))
print(repr(OSLike(2, "x", "f")), OSLike(2, "x").args)
try:
    open_result = OSLike(5, "I/O error", "disk")
    raise open_result
except OSLike as err:
    print(err.errno, err.filename, err)
