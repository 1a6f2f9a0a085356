# CPython: "from __future__ imports must occur at the beginning of the file".
import math
from __future__ import annotations
