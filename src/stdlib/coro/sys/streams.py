"""sys.stdin, sys.stdout and sys.stderr: text streams over the program's
input, its output and its diagnostics. print() writes through sys.stdout
unless given a file, so a program may replace sys.stdout with any object
that has a write method."""


class _Stream:
    """What the three streams share: a UTF-8 text stream over a descriptor."""

    def __init__(self, name, fd, mode):
        self._name = name
        self._fd = fd
        self._mode = mode

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
        return self._mode

    @property
    def closed(self):
        return False

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def readable(self):
        return self._mode == "r"

    def writable(self):
        return self._mode == "w"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self._name}' mode='{self._mode}' encoding='utf-8'>"


class TextIOWrapper(_Stream):
    """The text stream over the program's output or its diagnostics."""

    def __init__(self, name, fd, write, flush):
        super().__init__(name, fd, "w")
        self._write = write
        self._flush = flush

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


class _Reader(_Stream):
    """The text stream over the program's input."""

    def __init__(self, readline, read):
        super().__init__("<stdin>", 0, "r")
        self._readline = readline
        self._read = read

    def readline(self, size=-1):
        return self._readline()

    def read(self, size=-1):
        if size is None:
            size = -1
        return self._read(size)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self._readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self._readline()
        if not line:
            raise StopIteration
        return line


__stdin__ = _Reader(_read_stdin_line, _read_stdin)
__stdout__ = TextIOWrapper("<stdout>", 1, _write_stdout, _flush_stdout)
__stderr__ = TextIOWrapper("<stderr>", 2, _write_stderr, _flush_stderr)
del _Stream, _Reader, TextIOWrapper

# This part runs when the program first reads a name the native part lacks,
# which may be after it set `sys.stdout = ...`: a stream it replaced stays.
try:
    stdin
except NameError:
    stdin = __stdin__
try:
    stdout
except NameError:
    stdout = __stdout__
try:
    stderr
except NameError:
    stderr = __stderr__
