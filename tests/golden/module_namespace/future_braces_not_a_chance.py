# CPython: "not a chance".
from __future__ import braces
