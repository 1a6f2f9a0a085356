# CPython: "cannot use assignment expressions with attribute".
class_like = object()
if (class_like.field := 3):
    pass
