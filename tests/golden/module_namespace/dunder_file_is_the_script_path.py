# `__file__` is the script's path (absolute, as CPython 3.9+ makes it).
print(type(__file__).__name__)
print(__file__.endswith("dunder_file_is_the_script_path.py"))
print(__file__.startswith("/"))
