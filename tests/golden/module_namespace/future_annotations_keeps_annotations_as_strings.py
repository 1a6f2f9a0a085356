from __future__ import annotations
# Under the future import annotations are never evaluated: undefined names are fine.
def connect(host: Address, port: int = 80) -> Connection:
    return (host, port)
print(connect.__annotations__)
print(connect("example.org"))
retries: MaxRetries = 3
timeout: Seconds
print(__annotations__, retries)
