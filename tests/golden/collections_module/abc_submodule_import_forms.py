import collections.abc as cabc
from collections import abc
import collections
print(cabc is abc, abc is collections.abc, cabc.Sized)
import sys
print("collections.abc" in sys.modules, sys.modules["collections.abc"] is abc)
