"""The commands the program is fed, one a line, as a user would type them."""

LINES = [
    'add buy milk\n',
    'add write report\n',
    'add call mom\n',
    '# a comment\n',
    '\n',
    'list\n',
    'done 2\n',
    'done 9\n',
    'done\n',
    'list report\n',
    'fly away\n',
    'stats\n',
]
