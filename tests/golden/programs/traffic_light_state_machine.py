class InvalidTransition(Exception):
    pass


class State:
    name = "abstract"
    duration = 0

    def next(self, event):
        raise NotImplementedError

    def __repr__(self):
        return "<" + self.name + ">"


class Red(State):
    name = "red"
    duration = 3

    def next(self, event):
        if event == "timer":
            return Green()
        raise InvalidTransition("red cannot handle " + event)


class Green(State):
    name = "green"
    duration = 2

    def next(self, event):
        if event == "timer":
            return Yellow()
        if event == "emergency":
            return Red()
        raise InvalidTransition("green cannot handle " + event)


class Yellow(State):
    name = "yellow"
    duration = 1

    def next(self, event):
        if event in ("timer", "emergency"):
            return Red()
        raise InvalidTransition("yellow cannot handle " + event)


class TrafficLight:
    def __init__(self):
        self.state = Red()
        self.log = []
        self.clock = 0

    def handle(self, event):
        old = self.state
        try:
            self.state = self.state.next(event)
        except InvalidTransition as e:
            self.log.append("error: " + str(e))
            return False
        self.clock += old.duration
        self.log.append("%s --%s--> %s at t=%d" % (old.name, event, self.state.name, self.clock))
        return True


light = TrafficLight()
events = ["timer", "timer", "timer", "timer", "emergency", "timer", "emergency", "honk", "timer"]
for ev in events:
    ok = light.handle(ev)
    print(ev, ok, light.state)
for line in light.log:
    print(line)
print(light.clock, type(light.state).__name__)

class Turnstile:
    transitions = {
        ("locked", "coin"): "unlocked",
        ("locked", "push"): "locked",
        ("unlocked", "push"): "locked",
        ("unlocked", "coin"): "unlocked",
    }

    def __init__(self):
        self.state = "locked"
        self.coins = 0

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise KeyError("no transition for " + repr(key))
        if event == "coin":
            self.coins += 1
        self.state = self.transitions[key]
        return self.state


t = Turnstile()
print([t.fire(e) for e in ["push", "coin", "push", "coin", "coin", "push"]], t.coins)
try:
    t.fire("kick")
except KeyError as e:
    print(type(e).__name__, e)
