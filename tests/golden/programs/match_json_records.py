"""Validating and summarising JSON-like records with mapping patterns."""

records = [
    {"type": "user", "id": 1, "name": "ada", "email": "ada@example.com", "tags": ["admin"]},
    {"type": "user", "id": 2, "name": "alan", "tags": []},
    {"type": "order", "id": 10, "user": 1, "items": [{"sku": "A1", "qty": 2, "price": 3.5}]},
    {"type": "order", "id": 11, "user": 2, "items": []},
    {"type": "order", "id": 12, "user": 9, "items": [{"sku": "B2", "qty": 1, "price": 10.0},
                                                     {"sku": "C3", "qty": 3, "price": 1.25}]},
    {"type": "event", "name": "login", "at": "2024-01-01T10:00", "extra": {"ip": "10.0.0.1"}},
    {"type": "event", "name": "logout"},
    {"type": "user", "id": "3", "name": "bad id"},
    {"id": 99},
    ["not", "a", "record"],
    None,
]

users = {}
totals = {}


def order_total(items):
    total = 0.0
    for item in items:
        match item:
            case {"qty": int(qty), "price": float(price) | int(price)} if qty > 0:
                total += qty * price
            case _:
                print("  skipping bad item", item)
    return total


def handle(record):
    match record:
        case {"type": "user", "id": int(uid), "name": str(name), **rest}:
            users[uid] = name
            extra = sorted(rest)
            match rest:
                case {"email": email, "tags": [_, *_] as tags}:
                    return f"user {uid} {name} <{email}> tags={tags}"
                case {"email": email}:
                    return f"user {uid} {name} <{email}>"
                case _:
                    return f"user {uid} {name} (fields: {', '.join(extra)})"
        case {"type": "user", "id": uid}:
            return f"user record with a bad id: {uid!r}"
        case {"type": "order", "id": oid, "user": uid, "items": []}:
            return f"order {oid} of {users.get(uid, '?')} is empty"
        case {"type": "order", "id": oid, "user": uid, "items": [*items]}:
            total = order_total(items)
            totals[uid] = totals.get(uid, 0) + total
            who = users.get(uid, f"unknown user {uid}")
            return f"order {oid}: {len(items)} line(s), {total:.2f} for {who}"
        case {"type": "event", "name": name, "at": at, **extra}:
            return f"event {name} at {at} {extra}"
        case {"type": "event", "name": name}:
            return f"event {name} with no time"
        case {"type": kind}:
            return f"unknown record type {kind}"
        case dict():
            return f"record without a type: {sorted(record)}"
        case other:
            return f"not a record: {other!r}"


for r in records:
    print(handle(r))
print("users:", users)
print("totals:", {k: round(v, 2) for k, v in totals.items()})
