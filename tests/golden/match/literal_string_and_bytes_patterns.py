def kind(s):
    match s:
        case "hello" "world":
            return "concatenated"
        case "":
            return "empty"
        case b"raw":
            return "bytes"
        case 'quit':
            return "quit"
        case _:
            return "unknown"

for s in ["helloworld", "", b"raw", "raw", "quit", b"quit"]:
    print(repr(s), kind(s))
