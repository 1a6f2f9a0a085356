from enum import Enum, auto, Flag
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
    def can_go(self, other):
        return other in TRANSITIONS[self]
class Perm(Flag):
    START = auto()
    PAUSE = auto()
    STOP = auto()
    ALL = START | PAUSE | STOP
TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}
NEEDS = {State.RUNNING: Perm.START, State.PAUSED: Perm.PAUSE, State.DONE: Perm.STOP}
class Machine:
    def __init__(self, perms):
        self.state = State.IDLE
        self.perms = perms
        self.log = []
    def go(self, target):
        if not self.state.can_go(target):
            self.log.append(f"refused {self.state.name} -> {target.name}")
            return
        if NEEDS[target] not in self.perms:
            self.log.append(f"denied {target.name} (needs {NEEDS[target]})")
            return
        self.log.append(f"{self.state.name} -> {target.name}")
        self.state = target
for perms in (Perm.ALL, Perm.START | Perm.STOP):
    m = Machine(perms)
    for step in ["RUNNING", "PAUSED", "RUNNING", "IDLE", "DONE", "RUNNING"]:
        m.go(State[step])
    print(repr(perms), "->", m.state)
    for line in m.log:
        print("  ", line)
print([s.name for s in State], State(2), list(Perm), Perm.ALL)
