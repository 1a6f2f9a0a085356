from functools import singledispatch
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@singledispatch
def speak(a):
    return "..."
@speak.register
def _(a: Animal):
    return "generic animal"
@speak.register
def _(a: Dog):
    return "woof"
print(speak(Puppy()), speak(Animal()), speak(3))
