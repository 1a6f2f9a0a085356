# coro-test: module
"""Greetings, a module beside the scripts that import it."""

PUNCT = "!"


def hello(name):
    return f"hello, {name}{PUNCT}"


class Greeter:
    def __init__(self, word):
        self.word = word

    def greet(self, name):
        return f"{self.word}, {name}{PUNCT}"
