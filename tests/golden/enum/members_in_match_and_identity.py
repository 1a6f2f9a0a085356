from enum import Enum
class Light(Enum):
    RED = "stop"
    GREEN = "go"
def act(light):
    match light:
        case Light.RED:
            return "wait"
        case Light.GREEN:
            return "walk"
print(act(Light.RED), act(Light.GREEN), Light.RED == Light.RED, Light.RED != Light.GREEN, Light.RED == "stop")
try:
    Light.RED < Light.GREEN
except TypeError as e:
    print(e)
import copy
print(copy.copy(Light.RED) is Light.RED, copy.deepcopy([Light.GREEN])[0] is Light.GREEN)
