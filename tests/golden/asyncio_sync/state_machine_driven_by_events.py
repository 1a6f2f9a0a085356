import asyncio


class TrafficLight:
    def __init__(self):
        self.changed = asyncio.Condition()
        self.state = "red"

    async def set(self, state):
        async with self.changed:
            self.state = state
            self.changed.notify_all()

    async def wait_for_state(self, state):
        async with self.changed:
            await self.changed.wait_for(lambda: self.state == state)


async def car(light, name):
    print(name, "waits for green")
    await light.wait_for_state("green")
    print(name, "drives")


async def controller(light):
    for state in ("red", "amber", "green", "amber", "red"):
        await asyncio.sleep(0.01)
        print("light:", state)
        await light.set(state)


async def main():
    light = TrafficLight()
    await asyncio.gather(car(light, "car1"), car(light, "car2"), controller(light))


asyncio.run(main())
