import random


class Card:
    SUITS = ["clubs", "diamonds", "hearts", "spades"]
    SYMBOLS = {"clubs": "C", "diamonds": "D", "hearts": "H", "spades": "S"}
    RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]

    def __init__(self, rank, suit):
        if rank not in self.RANKS:
            raise ValueError("bad rank: " + repr(rank))
        self.rank = rank
        self.suit = suit

    @property
    def value(self):
        return Card.RANKS.index(self.rank) + 2

    def __repr__(self):
        return self.rank + Card.SYMBOLS[self.suit]

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.value, Card.SUITS.index(self.suit)) < (other.value, Card.SUITS.index(other.suit))

    def __hash__(self):
        return hash((self.rank, self.suit))


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in Card.SUITS for r in Card.RANKS]

    def shuffle(self, seed):
        random.seed(seed)
        random.shuffle(self.cards)

    def deal(self, n):
        if n > len(self.cards):
            raise ValueError("not enough cards: %d requested, %d left" % (n, len(self.cards)))
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Hand:
    def __init__(self, cards):
        self.cards = sorted(cards)

    def score(self):
        return sum(c.value for c in self.cards)

    def pairs(self):
        ranks = {}
        for c in self.cards:
            ranks[c.rank] = ranks.get(c.rank, 0) + 1
        return sorted(r for r, n in ranks.items() if n >= 2)

    def __repr__(self):
        return "Hand(" + " ".join(repr(c) for c in self.cards) + ")"


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[12])
print(Card("A", "spades") in deck, Card("10", "hearts") == Card("10", "hearts"))
deck.shuffle(42)
first8 = deck.cards[:8]
print(first8)
hands = [Hand(deck.deal(5)) for _ in range(4)]
for i, h in enumerate(hands):
    print("player", i, h, h.score(), h.pairs())
winner = max(range(4), key=lambda i: hands[i].score())
print("winner:", winner)
print(len(deck))
try:
    deck.deal(40)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Card("1", "hearts")
except ValueError as e:
    print(type(e).__name__, e)
deck2 = Deck()
deck2.shuffle(42)
print(deck2.cards[:8] == first8, len({c for c in deck2.cards}))
random.seed(7)
print(random.randint(1, 100), random.choice(Card.RANKS), random.random() < 1)
print(sorted([Card("K", "hearts"), Card("2", "spades"), Card("K", "clubs")]))
