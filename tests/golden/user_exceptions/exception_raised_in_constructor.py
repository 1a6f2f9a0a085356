class ConfigError(Exception):
    pass
class Server:
    created = 0
    def __init__(self, port):
        if not isinstance(port, int):
            raise TypeError("port must be int, not " + type(port).__name__)
        if not 0 < port < 65536:
            raise ConfigError("port out of range: %d" % port)
        self.port = port
        Server.created += 1
servers = []
for port in [80, "8080", 70000, 443, -1]:
    try:
        servers.append(Server(port))
    except (TypeError, ConfigError) as e:
        print(type(e).__name__, e)
print([s.port for s in servers], Server.created)
