data = {
    "user": {"name": "grace", "roles": ["admin", "dev"]},
    "active": True,
}
match data:
    case {"user": {"name": str(name), "roles": [first, *others]}, "active": True}:
        print(name, first, others)
