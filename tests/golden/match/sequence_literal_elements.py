def cmd(words):
    match words:
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picking up " + item
        case ["drop", *items]:
            return "dropping " + ", ".join(items)
        case ["quit"] | ["exit"]:
            return "bye"
        case _:
            return "what?"

for line in ["go north", "pick up sword", "drop a b c", "exit", "dance"]:
    print(cmd(line.split()))
