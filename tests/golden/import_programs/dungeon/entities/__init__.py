from .base import Entity
from .hero import Hero
from .monster import Monster, spawn
