match 5:
    case int(real=r, imag=i):
        print(r, i)
match "abc":
    case str(upper=u):
        print(u())
