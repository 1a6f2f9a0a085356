print("before")
raise SystemExit("stopping: bad input")
