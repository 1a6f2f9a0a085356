def sign(n):
    match n:
        case 0:
            return "zero"
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"

for n in [0, 5, -3]:
    print(n, sign(n))
