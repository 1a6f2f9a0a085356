import copy
config = {"db": {"hosts": ["a", "b"], "port": 5432}, "debug": False, "tags": ("x", ["y"])}
c = copy.deepcopy(config)
config["db"]["hosts"].append("c")
config["tags"][1].append("z")
print(config)
print(c)
t = (1, 2, ("a",))
print(copy.deepcopy(t) is t)
