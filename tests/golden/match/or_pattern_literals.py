def kind(c):
    match c:
        case "a" | "e" | "i" | "o" | "u":
            return "vowel"
        case " " | "\t":
            return "space"
        case _:
            return "consonant"

print([kind(c) for c in "hi you"])
