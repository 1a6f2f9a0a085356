from . import good
from . import failing
