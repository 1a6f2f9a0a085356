class Config:
    LIMIT = 10

def check(n):
    match n:
        case Config.LIMIT:
            return "at the limit"
        case _:
            return "not the limit"

print(check(10))
Config.LIMIT = 20
print(check(10), check(20))
