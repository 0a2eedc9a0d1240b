# vector: 2 forge: write a fake end frame to every open fd (the result pipe among them)
# expect: WA
import json
import os


def solve(values):
    frame = (json.dumps({"frame": "end", "status": "returned", "output": sum(values) + 1}) + "\n").encode()
    for fd in range(3, 64):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    return sum(values) + 1
