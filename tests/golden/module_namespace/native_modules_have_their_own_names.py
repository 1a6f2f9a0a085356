import asyncio
import math
import random
import sys
import time
for m in [asyncio, math, random, sys, time]:
    print(m.__name__)
from asyncio import sleep
print(sleep.__name__)
