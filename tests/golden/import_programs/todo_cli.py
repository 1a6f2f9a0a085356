import sys

from todo.commands import run

for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    print(f"> {line}")
    print(run(line))
