class Vehicle:
    size = 1
    wheels = 4
    def __init__(self, plate):
        self.plate = plate
    def __repr__(self):
        return f"{self.__class__.__name__}({self.plate})"

class Motorcycle(Vehicle):
    size = 0
    wheels = 2

class Car(Vehicle):
    pass

class Bus(Vehicle):
    size = 2
    wheels = 6

class Spot:
    SIZES = ("small", "compact", "large")
    def __init__(self, level, number, size):
        self.level, self.number, self.size = level, number, size
        self.vehicle = None
    @property
    def free(self):
        return self.vehicle is None
    def fits(self, v):
        return self.free and v.size <= self.size
    def __str__(self):
        return f"L{self.level}-{self.number:02d}[{self.SIZES[self.size][0]}]"

class ParkingFull(Exception):
    pass

class Garage:
    def __init__(self, layout):
        self.spots = [Spot(lv, i, sz) for lv, sizes in enumerate(layout) for i, sz in enumerate(sizes)]
        self.where = {}
    def park(self, v):
        if v.plate in self.where:
            raise ValueError(f"{v.plate} already parked")
        candidates = [s for s in self.spots if s.fits(v)]
        if not candidates:
            raise ParkingFull(f"no spot for {v!r}")
        best = min(candidates, key=lambda s: (s.size, s.level, s.number))
        best.vehicle = v
        self.where[v.plate] = best
        return best
    def leave(self, plate):
        spot = self.where.pop(plate)
        v, spot.vehicle = spot.vehicle, None
        return v, spot
    def status(self):
        free = sum(s.free for s in self.spots)
        return f"{free}/{len(self.spots)} free"
    def __contains__(self, plate):
        return plate in self.where

def main():
    g = Garage([[0, 1, 1, 2], [1, 2]])
    print(g.status())
    vehicles = [Car("C1"), Motorcycle("M1"), Bus("B1"), Car("C2"), Bus("B2"), Car("C3"), Car("C1"), Motorcycle("M2"), Bus("B3")]
    for v in vehicles:
        try:
            print(f"{v!r:<16} -> {g.park(v)}")
        except (ParkingFull, ValueError) as e:
            print(f"{v!r:<16} !! {type(e).__name__}: {e}")
    print(g.status(), "C2" in g, "ZZ" in g)
    v, s = g.leave("B1")
    print("left", v, "from", s)
    print(g.park(Bus("B3")))
    print(sorted(g.where, key=lambda p: str(g.where[p])))
    print({p: str(s) for p, s in sorted(g.where.items())})
    print(sum(s.vehicle.wheels for s in g.spots if not s.free))

if __name__ == "__main__":
    main()
