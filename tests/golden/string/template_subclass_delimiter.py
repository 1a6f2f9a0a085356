import string
class Percent(string.Template):
    delimiter = "%"
print(Percent("%name scored %score%% (${bonus})").substitute(name="Kim", score=97, bonus="+2"))
