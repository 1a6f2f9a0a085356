import sys

print(type(sys.path).__name__, sys.path[0] + "/" == __file__[: len(sys.path[0]) + 1])
print(__file__.endswith("/sys_path_starts_with_the_scripts_folder.py"))
