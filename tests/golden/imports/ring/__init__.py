from . import a
VALUE = "ring"
