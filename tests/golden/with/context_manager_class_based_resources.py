class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name, Resource.opened)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, Resource.opened)
        return False
def work(fail_at):
    try:
        with Resource("db") as db, Resource("file") as f:
            for step in range(3):
                if step == fail_at:
                    raise IOError("step " + str(step) + " failed")
                print(db.name, f.name, "step", step)
    except OSError as e:
        print(type(e).__name__, e)
work(None)
work(1)
print(Resource.opened)
