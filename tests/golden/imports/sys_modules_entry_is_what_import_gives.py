import sys


class Fake:
    answer = 42


sys.modules["made_up"] = Fake
import made_up
from made_up import answer

print(made_up is Fake, answer)
