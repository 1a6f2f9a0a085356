from .model import TodoList

HANDLERS = {}


def command(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn

    return register


@command("add")
def add(todos, args):
    t = todos.add(" ".join(args))
    return f"added #{t.id}: {t.title}"


@command("done")
def done(todos, args):
    t = todos.finish(int(args[0]))
    return f"finished #{t.id}"


@command("list")
def list_(todos, args):
    lines = [str(t) for t in todos.items if not args or args[0] in t.title]
    return "\n".join(lines) if lines else "(nothing)"


@command("stats")
def stats(todos, args):
    n = len(todos.items)
    finished = sum(t.done for t in todos.items)
    return f"{finished}/{n} done"


def run(line, todos=None):
    todos = todos if todos is not None else TodoList.default
    word, *args = line.split()
    handler = HANDLERS.get(word)
    if handler is None:
        return f"unknown command: {word}"
    try:
        return handler(todos, args)
    except (KeyError, IndexError, ValueError) as e:
        return f"error: {type(e).__name__}: {e}"
