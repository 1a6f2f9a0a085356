import inventory
from inventory import *
from inventory.store import OutOfStock
from inventory.utils import money

print("inventory", inventory.__version__, sorted(inventory.__all__))
s = Store()
s.add(Item("B-200", "bolts", 15, 400))
s.add(Item("A-100", "anchors", 250, 12))
s.add(Perishable("C-300", "glue", 499, 6, days_left=2))
s.add(Perishable("D-400", "paint", 1299, 3))
print(len(s), money(s.total()))
for item in s:
    print(" ", item)
s.take("B-200", 150)
try:
    s.take("A-100", 20)
except OutOfStock as e:
    print("refused:", e, "| sku", e.sku)
try:
    s.add("not an item")
except TypeError as e:
    print("refused:", e)
print(report.summary(s))
print(report.errors() is OutOfStock, inventory.report is report)
