import copy
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m, m[1] is m, m is l)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
memo = {}
x = copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] == [0])
