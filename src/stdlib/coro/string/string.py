# The string module: character constants, capwords and Template.

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = ascii_letters + "_"
_ID_REST = _ID_START + digits


class _Placeholders:
    # Scans a template for `$$`, `$name` and `${name}`, as Template's pattern
    # does; each step gives (literal text, kind, name, start of the `$`).
    def __init__(self, template, delimiter):
        self.template = template
        self.delimiter = delimiter

    def parts(self):
        t = self.template
        dl = self.delimiter
        n = len(t)
        i = 0
        literal_start = 0
        while True:
            j = t.find(dl, i)
            if j < 0:
                yield t[literal_start:], None, None, n
                return
            k = j + len(dl)
            if t.startswith(dl, k):
                yield t[literal_start:j], "escaped", None, j
                i = literal_start = k + len(dl)
                continue
            if k < n and t[k] == "{":
                end = k + 1
                if end < n and t[end] in _ID_START:
                    end += 1
                    while end < n and t[end] in _ID_REST:
                        end += 1
                    if end < n and t[end] == "}":
                        yield t[literal_start:j], "braced", t[k + 1:end], j
                        i = literal_start = end + 1
                        continue
                yield t[literal_start:j], "invalid", None, j
                i = literal_start = k
                continue
            if k < n and t[k] in _ID_START:
                end = k + 1
                while end < n and t[end] in _ID_REST:
                    end += 1
                yield t[literal_start:j], "named", t[k:end], j
                i = literal_start = end
                continue
            yield t[literal_start:j], "invalid", None, j
            i = literal_start = k


class Template:
    delimiter = "$"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, start):
        # CPython reports the position just after the delimiter.
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            return _ChainGet(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for literal, kind, name, start in _Placeholders(self.template, self.delimiter).parts():
            out.append(literal)
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(start)
            elif kind is not None:
                out.append(str(mapping[name]))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        t = self.template
        for literal, kind, name, start in _Placeholders(t, self.delimiter).parts():
            out.append(literal)
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(self.delimiter)
            elif kind is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if kind == "braced":
                        out.append(self.delimiter + "{" + name + "}")
                    else:
                        out.append(self.delimiter + name)
        return "".join(out)

    def get_identifiers(self):
        ids = []
        for literal, kind, name, start in _Placeholders(self.template, self.delimiter).parts():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
            elif kind == "invalid":
                self._invalid(start)
        return ids

    def is_valid(self):
        for literal, kind, name, start in _Placeholders(self.template, self.delimiter).parts():
            if kind == "invalid":
                return False
        return True


class _ChainGet:
    # Keyword arguments first, then the mapping, as CPython's ChainMap.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    # str.format's machinery as methods a subclass can override.
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
