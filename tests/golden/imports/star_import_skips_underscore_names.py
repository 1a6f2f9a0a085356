from plain import *

print(visible, helper())
print("_hidden" in dir(), "_plain__dunder" in dir(), "__dunder" in dir())
print("_counter_module" in dir())
