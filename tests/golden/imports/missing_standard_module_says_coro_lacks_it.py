import sys

print("before")
import tkinter
