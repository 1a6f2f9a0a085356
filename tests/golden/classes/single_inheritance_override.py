class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, which is an " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.kind())
print(Puppy.__bases__ == (Dog,), Dog.__bases__ == (Animal,), Animal.__bases__ == (object,))
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("x", 2), Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__base__.__name__)
