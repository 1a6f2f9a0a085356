class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        self._handlers.setdefault(event, []).append(handler)
        return lambda: self._handlers[event].remove(handler)

    def on(self, event):
        def decorator(fn):
            self.subscribe(event, fn)
            return fn
        return decorator

    def emit(self, event, *args, **kwargs):
        results = []
        for handler in list(self._handlers.get(event, [])):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                results.append("handler failed: " + type(e).__name__ + ": " + str(e))
        return results

    def count(self, event):
        return len(self._handlers.get(event, []))


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def __call__(self, *args, **kwargs):
        line = self.prefix + " " + " ".join(str(a) for a in args)
        if kwargs:
            line += " " + str(sorted(kwargs.items()))
        self.lines.append(line)
        return line


class Counter:
    def __init__(self):
        self.n = 0

    def increment(self, *args, **kwargs):
        self.n += 1
        return self.n


bus = EventBus()
log = Logger("[log]")
counter = Counter()
bus.subscribe("user.created", log)
unsubscribe_counter = bus.subscribe("user.created", counter.increment)


@bus.on("user.created")
def welcome(name, **kw):
    return "Welcome, " + name + "!"


@bus.on("user.deleted")
def goodbye(name):
    if name == "root":
        raise PermissionError("cannot delete root")
    return "Bye, " + name


print(bus.emit("user.created", "ann", role="admin"))
print(bus.emit("user.created", "bob"))
print(bus.emit("user.deleted", "bob"))
print(bus.emit("user.deleted", "root"))
print(bus.emit("nobody.listens"))
unsubscribe_counter()
print(bus.count("user.created"))
print(bus.emit("user.created", "cy"))
print(counter.n)
print(log.lines)


class Observable:
    def __init__(self):
        self._observers = []
        self._value = None

    def attach(self, obs):
        self._observers.append(obs)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        old, self._value = self._value, new
        for obs in self._observers:
            obs.update(self, old, new)


class PrintObserver:
    def __init__(self, name):
        self.name = name

    def update(self, subject, old, new):
        print(self.name, "saw change", old, "->", new)


subj = Observable()
subj.attach(PrintObserver("first"))
subj.attach(PrintObserver("second"))
subj.value = 1
subj.value = "two"
print(subj.value)
