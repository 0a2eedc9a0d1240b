# vector: 3 timing: an end frame written early with the answer and no CPU used, then slow work
# expect: TLE
# sandboxes: docker, local
import json
import os


def solve(values):
    forged = {"frame": "end", "status": "returned", "output": sum(values), "cpu_seconds": 0.0}
    forged.update({"killed_for": None, "peak_rss_bytes": 0, "wall_seconds": 0.0, "signal": None})
    line = (json.dumps(forged) + "\n").encode()
    for fd in range(3, 256):
        try:
            os.write(fd, line)
        except OSError:
            pass
    total = 0
    for step in range(10**9):
        total += step
    return sum(values)
