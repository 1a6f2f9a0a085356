"""The command line and the catalogue lines the program is run with."""

ARGV = ["library_main.py", "--author", "le"]
LINES = [
    'A Wizard of Earthsea; Ursula K. Le Guin; 1968\n',
    'The Dispossessed; Ursula K. Le Guin; 1974\n',
    'Dune; Frank Herbert; 1965\n',
    'Neuromancer; William Gibson; 1984\n',
    'The Left Hand of Darkness; Ursula K. Le Guin; 1969\n',
    '\n',
    'Foundation; Isaac Asimov; 1951\n',
]
