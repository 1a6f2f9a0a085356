from todo.commands import run
from todo.script import LINES

for line in LINES:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    print(f"> {line}")
    print(run(line))
