# CPython: "'await expression' can not be used within an annotation".
from __future__ import annotations
async def fetch():
    result: await later() = 1
