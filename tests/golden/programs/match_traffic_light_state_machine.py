"""A state machine whose transitions are a match over (state, event)."""


class Machine:
    def __init__(self):
        self.state = "red"
        self.timer = 0
        self.log = []

    def step(self, event):
        match (self.state, event):
            case ("red", "tick") if self.timer >= 2:
                self.state, self.timer = "green", 0
            case ("green", "tick") if self.timer >= 3:
                self.state, self.timer = "yellow", 0
            case ("yellow", "tick") if self.timer >= 1:
                self.state, self.timer = "red", 0
            case (_, "tick"):
                self.timer += 1
            case ("green" | "yellow", "pedestrian"):
                self.state, self.timer = "yellow", 0
            case ("red", "pedestrian"):
                self.log.append("already red")
            case (state, ("fault", code)):
                self.log.append(f"fault {code} in {state}")
                self.state = "flashing"
            case ("flashing", "reset"):
                self.state, self.timer = "red", 0
            case ("flashing", _):
                pass
            case (state, unknown):
                self.log.append(f"ignored {unknown!r} in {state}")
        return self.state


m = Machine()
events = ["tick"] * 4 + ["pedestrian", "tick", "tick", "tick", "pedestrian", "honk"]
events += ["tick"] * 6 + [("fault", 17), "tick", "reset", "tick"]
for e in events:
    before = m.state
    after = m.step(e)
    print(f"{before:>8} --{e!s:^16}--> {after} (timer {m.timer})")
print(m.log)
