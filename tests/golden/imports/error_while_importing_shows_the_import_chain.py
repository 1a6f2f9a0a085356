print("before")
import broken_start
