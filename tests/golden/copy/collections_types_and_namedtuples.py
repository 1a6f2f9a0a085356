import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([1, 2]); e = copy.copy(d); e.append(3); print(d, e)
dd = defaultdict(list, a=[1]); f = copy.copy(dd); f["b"].append(2); print(dd, f)
c = Counter("aab"); g = copy.deepcopy(c); g["z"] += 1; print(c, g)
P = namedtuple("P", "x y"); print(copy.deepcopy(P(1, [2])), copy.copy(OrderedDict(a=1)))
