class Session:
    active = 0
    def __init__(self, uid):
        self.uid = uid
    def __enter__(self):
        Session.active += 1
        return self
    def __exit__(self, et, ev, tb):
        Session.active -= 1
        if et is ZeroDivisionError:
            print("session", self.uid, "recovered from", ev)
            return True
        return False
results = []
for uid in range(5):
    with Session(uid) as s:
        results.append(10 // (uid - 2))
        print("session", s.uid, "active", Session.active)
print(results, Session.active)
