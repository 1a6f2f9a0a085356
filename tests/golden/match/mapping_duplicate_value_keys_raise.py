class K:
    a = "a"
    also_a = "a"

try:
    match {"a": 1, "b": 2}:
        case {K.a: 1, K.also_a: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
