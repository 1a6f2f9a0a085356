"""A small inventory system: models, storage and reports."""

from .models import Item, Perishable
from .store import Store

__all__ = ["Item", "Perishable", "Store", "report"]
__version__ = "1.2.0"
