"""sys.stdout and sys.stderr: text streams over the program's output and its
diagnostics. print() writes through sys.stdout unless given a file, so a
program may replace sys.stdout with any object that has a write method."""


class TextIOWrapper:
    def __init__(self, name, fd, write, flush):
        self._name = name
        self._fd = fd
        self._write = write
        self._flush = flush

    @property
    def name(self):
        return self._name

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    @property
    def mode(self):
        return "w"

    @property
    def closed(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._write(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._flush()

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self._name}' mode='w' encoding='utf-8'>"


stdout = __stdout__ = TextIOWrapper("<stdout>", 1, _write_stdout, _flush_stdout)
stderr = __stderr__ = TextIOWrapper("<stderr>", 2, _write_stderr, _flush_stderr)
del TextIOWrapper
