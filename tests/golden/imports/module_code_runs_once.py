import counter
import counter
from counter import bump
import counter as again

print(bump(), counter.bump(), again.bump())
print(counter.count, counter is again)
