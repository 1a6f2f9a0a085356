from collections import ChainMap
defaults = {"colour": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["colour"], len(cm), list(cm), dict(cm))
print(cm)
print("colour" in cm, cm.get("nope", 0))
