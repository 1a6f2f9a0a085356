def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"

print(handle({"type": "click", "x": 1, "y": 2}))
print(handle({"type": "key", "key": "q", "shift": True}))
print(handle({"type": "scroll"}))
print(handle({"kind": "click"}))
print(handle(["type", "click"]))
