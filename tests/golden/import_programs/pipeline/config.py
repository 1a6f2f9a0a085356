DELAYS = {"produce": 0.1, "transform": 0.25}
STOP = object()
