lines = []
while True:
    try:
        lines.append(input("> "))
    except EOFError as e:
        print()
        print("EOFError:", e)
        break
print(lines)
