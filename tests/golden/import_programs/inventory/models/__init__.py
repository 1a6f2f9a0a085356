from .item import Item
from .perishable import Perishable
