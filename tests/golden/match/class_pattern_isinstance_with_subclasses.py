class Animal:
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

class Cat(Animal):
    pass

def speak(a):
    match a:
        case Dog(name=n):
            return n + " says woof"
        case Cat(name=n):
            return n + " says meow"
        case Animal(name=n):
            return n + " is quiet"

for a in [Dog("rex"), Cat("tom"), Animal("fish")]:
    print(speak(a))
