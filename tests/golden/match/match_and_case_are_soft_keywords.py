match = 5
print(match)
case = [1, 2]
print(case[0])

def match(pattern, text):
    return pattern in text

print(match("ab", "cabd"))
print(match ("x", "xyz"))
case = {"match": "case"}
match case:
    case {"match": match}:
        print("bound match =", match)
_ = "underscore"
print(_)
