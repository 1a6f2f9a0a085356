class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
    def cancel(self):
        self.cancelled = True
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}, {args})"

class EventBus:
    def __init__(self):
        self._handlers = {}
    def subscribe(self, name, handler=None, *, priority=0):
        if handler is None:
            def deco(fn):
                self.subscribe(name, fn, priority=priority)
                return fn
            return deco
        self._handlers.setdefault(name, []).append((priority, handler))
        self._handlers[name].sort(key=lambda ph: -ph[0])
        return handler
    def unsubscribe(self, name, handler):
        self._handlers[name] = [(p, h) for p, h in self._handlers.get(name, []) if h is not handler]
    def publish(self, name, **data):
        ev = Event(name, **data)
        results = []
        for _, h in self._handlers.get(name, []) + self._handlers.get("*", []):
            if ev.cancelled:
                print("  (cancelled)")
                break
            try:
                results.append(h(ev))
            except Exception as e:
                print(f"  handler {h.__name__} failed: {e!r}")
        return results

class Counter:
    def __init__(self):
        self.counts = {}
    def __call__(self, ev):
        self.counts[ev.name] = self.counts.get(ev.name, 0) + 1
        return "counted"

class Stock:
    def __init__(self, symbol, price):
        self.symbol = symbol
        self._price = price
        self._observers = []
    def attach(self, obs):
        self._observers.append(obs)
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, new):
        old = self._price
        self._price = new
        for o in self._observers:
            o.update(self, old, new)

class Alert:
    def __init__(self, threshold):
        self.threshold = threshold
    def update(self, stock, old, new):
        change = (new - old) / old * 100
        if abs(change) >= self.threshold:
            print(f"  ALERT {stock.symbol}: {old} -> {new} ({change:+.1f}%)")

def main():
    bus = EventBus()
    counter = Counter()
    bus.subscribe("*", counter)
    @bus.subscribe("login", priority=5)
    def greet(ev):
        print(f"  welcome {ev.data['user']}")
        return "greeted"
    @bus.subscribe("login", priority=10)
    def audit(ev):
        print(f"  audit {ev!r}")
        if ev.data["user"] == "mallory":
            ev.cancel()
        return "audited"
    @bus.subscribe("logout")
    def broken(ev):
        return 1 / 0
    print(bus.publish("login", user="alice", ip="1.2.3.4"))
    print(bus.publish("login", user="mallory"))
    print(bus.publish("logout", user="alice"))
    bus.unsubscribe("login", audit)
    print(bus.publish("login", user="bob"))
    print(counter.counts, callable(counter), callable(5))
    s = Stock("ACME", 100)
    s.attach(Alert(5))
    for p in [102, 110, 109, 90, 90.5]:
        print("set", p)
        s.price = p
    print(s.price)

if __name__ == "__main__":
    main()
