class B(Exception):
    def __str__(self):
        return "custom"
raise B("x")
