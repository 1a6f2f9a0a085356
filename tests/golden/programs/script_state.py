class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot {event!r} from {state!r}")

class StateMachine:
    def __init__(self, initial, transitions):
        self.state = initial
        self.transitions = transitions
        self.listeners = []
        self.log = []
    def on_change(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self.transitions[key]
        self.log.append(f"{old}-{event}->{self.state}")
        for fn in self.listeners:
            fn(old, self.state)
        return self

class TrafficLight:
    CYCLE = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    def __init__(self):
        self.color = "red"
        self.t = 0
    def tick(self):
        nxt, dur = self.CYCLE[self.color]
        self.t += dur
        self.color = nxt
        return self.color, self.t

class VendingMachine:
    def __init__(self, price):
        self.price = price
        self.balance = 0
        self.state = "idle"
    def insert(self, coin):
        if coin not in (5, 10, 25):
            return f"rejected {coin}"
        self.balance += coin
        self.state = "ready" if self.balance >= self.price else "collecting"
        return f"balance {self.balance}"
    def vend(self):
        if self.state != "ready":
            return f"need {self.price - self.balance} more"
        change = self.balance - self.price
        self.balance, self.state = 0, "idle"
        return f"vend! change={change}"

def main():
    door = StateMachine("closed", {
        ("closed", "open"): "opened", ("opened", "close"): "closed",
        ("closed", "lock"): "locked", ("locked", "unlock"): "closed",
    })
    @door.on_change
    def printer(a, b):
        print(f"  {a} => {b}")
    door.fire("open").fire("close").fire("lock")
    for ev in ["open", "unlock", "unlock", "open"]:
        try:
            door.fire(ev)
        except InvalidTransition as e:
            print("error:", e, (e.state, e.event))
    print(door.log, door.state)
    tl = TrafficLight()
    print([tl.tick() for _ in range(6)])
    vm = VendingMachine(35)
    for action in [10, 3, 25, "v", 25, 25, "v", "v", 5]:
        if action == "v":
            print(vm.vend())
        else:
            print(vm.insert(action))
    print(vm.state, vm.balance)

if __name__ == "__main__":
    main()
