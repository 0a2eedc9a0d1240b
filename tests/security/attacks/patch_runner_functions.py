# vector: 2 forge: the child's and plain's functions rebound to report the answer a wrong submission lacks
# expect: WA
# sandboxes: docker, local
import json
import sys
import types

ANSWER = [None]


def frame(*args, **kwargs):
    return (json.dumps({"frame": "end", "status": "returned", "output": ANSWER[0]}) + "\n").encode()


def solve(values):
    ANSWER[0] = sum(values)
    plain = sys.modules.get("plain")
    if plain is not None:
        for name, value in list(vars(plain).items()):
            if isinstance(value, types.FunctionType):
                setattr(plain, name, lambda *args, **kwargs: ANSWER[0])
        plain.encode = lambda value: json.dumps(ANSWER[0]).encode()
    for name in ("child", "attempt"):
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "send"):
            original = module.send
            module.send = lambda fd, message: original(fd, {**message, "status": "returned", "output": ANSWER[0]})
        for function in ("_outcome", "_returned", "_broken", "_raised", "_frame"):
            setattr(module, function, lambda *args, **kwargs: (frame(),))
        module._to_plain = lambda value, *args: ANSWER[0]
        module._encode = lambda value: json.dumps(ANSWER[0]).encode()
    return sum(values) + 1
