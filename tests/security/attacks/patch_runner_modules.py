# vector: 2 forge: patch the runner's modules (plain, child, json) and builtins from inside
# expect: WA
import builtins
import json
import sys


def solve(values):
    plain = sys.modules.get("plain")
    child = sys.modules.get("child")
    if plain is not None:
        plain.to_plain = lambda value: sum(values)
    if child is not None:
        original = child.send
        child.send = lambda fd, message: original(
            fd, {**message, "status": "returned", "output": sum(values)}
        )
    json.dumps = lambda *args, **kwargs: '{"frame": "end", "status": "returned", "output": 7}'
    builtins.len = lambda value: 6
    return sum(values) + 1
