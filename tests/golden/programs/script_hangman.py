import random

WORDS = ["python", "coroutine", "iterator", "generator", "decorator", "closure", "lambda"]

class Hangman:
    MAX_MISSES = 6
    def __init__(self, word):
        self.word = word
        self.guessed = set()
        self.misses = 0
    @property
    def masked(self):
        return " ".join(c if c in self.guessed else "_" for c in self.word)
    @property
    def won(self):
        return all(c in self.guessed for c in self.word)
    @property
    def lost(self):
        return self.misses >= self.MAX_MISSES
    def guess(self, letter):
        if letter in self.guessed:
            return "already"
        self.guessed.add(letter)
        if letter in self.word:
            return f"hit x{self.word.count(letter)}"
        self.misses += 1
        return "miss"

class Player:
    def __init__(self, rng):
        self.rng = rng
        self.pool = list("etaoinshrdlucmfwypvbgkjqxz")
    def next_letter(self):
        i = self.rng.randrange(min(6, len(self.pool)))
        return self.pool.pop(i)

class TicTacToe:
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    def __init__(self):
        self.b = [" "] * 9
    def winner(self):
        for a, b, c in self.LINES:
            if self.b[a] != " " and self.b[a] == self.b[b] == self.b[c]:
                return self.b[a]
        return None
    def free(self):
        return [i for i, v in enumerate(self.b) if v == " "]
    def __str__(self):
        rows = [" | ".join(self.b[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n---------\n".join(rows)

def play_ttt(rng):
    g = TicTacToe()
    turn = "X"
    while g.winner() is None and g.free():
        g.b[rng.choice(g.free())] = turn
        turn = "O" if turn == "X" else "X"
    return g

def main():
    random.seed(2024)
    for round_no in range(3):
        word = random.choice(WORDS)
        game = Hangman(word)
        p = Player(random)
        while not (game.won or game.lost):
            l = p.next_letter()
            print(f"  guess {l}: {game.guess(l):<7} {game.masked}")
        print(f"round {round_no}: {'WON' if game.won else 'LOST'} word={word} misses={game.misses}")
    rng = random.Random(99)
    for _ in range(2):
        g = play_ttt(rng)
        print(g)
        print("winner:", g.winner() or "draw")
    r = random.Random(5)
    print(r.gauss(0, 1), r.uniform(-1, 1), r.getrandbits(16))
    r2 = random.Random("seed-string")
    print(r2.random(), r2.randint(1, 1000))
    random.seed(3.5)
    print(random.random())
    deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
    random.seed(7)
    random.shuffle(deck)
    print(deck[:8], random.sample(deck, 3), random.choices(deck, weights=range(len(deck)), k=3))

if __name__ == "__main__":
    main()
