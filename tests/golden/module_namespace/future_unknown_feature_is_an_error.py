# CPython: "future feature spaceships is not defined".
from __future__ import annotations, spaceships
