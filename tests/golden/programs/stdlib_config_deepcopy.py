import copy
from string import Template
DEFAULTS = {
    "server": {"host": "localhost", "port": 8080, "workers": 4},
    "paths": {"root": "/srv/app", "logs": ["$root/logs", "$root/audit"]},
    "features": {"beta": False, "flags": ["fast-start"]},
}
def with_overrides(base, overrides):
    merged = copy.deepcopy(base)
    for section, values in overrides.items():
        merged.setdefault(section, {}).update(values)
    return merged
def expand(config):
    root = config["paths"]["root"]
    config["paths"]["logs"] = [Template(p).substitute(root=root) for p in config["paths"]["logs"]]
    return config
prod = expand(with_overrides(DEFAULTS, {"server": {"host": "0.0.0.0", "workers": 16}, "paths": {"root": "/opt/app"}}))
dev = expand(with_overrides(DEFAULTS, {"features": {"beta": True}}))
dev["features"]["flags"].append("debug-toolbar")
shallow = copy.copy(DEFAULTS)
shallow["server"]["port"] = 9000
for name, cfg in [("defaults", DEFAULTS), ("prod", prod), ("dev", dev)]:
    print(f"[{name}]")
    for section in sorted(cfg):
        print(f"  {section}: {cfg[section]}")
print("defaults flags untouched:", DEFAULTS["features"]["flags"])
print("shallow copy shares sections:", shallow["server"] is DEFAULTS["server"])
