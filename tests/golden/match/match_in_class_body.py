import sys
class Settings:
    match sys.argv[1:]:
        case []:
            mode = "default"
        case [m, *_]:
            mode = m

print(Settings.mode)
