from greet import (
    hello,
    PUNCT,
)

print(hello("Eve"), PUNCT)
