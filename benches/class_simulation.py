# An attribute-heavy simulation: particles with properties and methods, stepped many times.
class Particle:
    def __init__(self, i):
        self.x = float(i)
        self.v = 1.0 / (i + 1)
        self.hits = 0

    @property
    def energy(self):
        return 0.5 * self.v * self.v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 100.0 or self.x < 0.0:
            self.v = -self.v
            self.hits += 1


class World:
    def __init__(self, n):
        self.particles = [Particle(i) for i in range(n)]
        self.time = 0.0

    def run(self, steps, dt):
        for _ in range(steps):
            for p in self.particles:
                p.step(dt)
            self.time += dt

    def report(self):
        e = sum(p.energy for p in self.particles)
        hits = sum(p.hits for p in self.particles)
        return round(self.time, 2), round(e, 6), hits


w = World(100)
w.run(5000, 0.5)
print(w.report())
