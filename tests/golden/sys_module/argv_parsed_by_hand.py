# coro-test: args -n 3 --name=Zed extra
import sys

args = sys.argv[1:]
options = {}
rest = []
i = 0
while i < len(args):
    a = args[i]
    if a == "-n":
        options["n"] = int(args[i + 1])
        i += 2
        continue
    if a.startswith("--"):
        key, _, value = a[2:].partition("=")
        options[key] = value
    else:
        rest.append(a)
    i += 1
print(options, rest)
for k in range(options["n"]):
    print(f"{k}: hello {options['name']}")
