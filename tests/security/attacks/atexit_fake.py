# vector: 2 forge: an atexit hook that prints a fake result after a crash
# expect: RE
import atexit
import json


@atexit.register
def fake():
    print(json.dumps({"frame": "end", "status": "returned", "output": 6}))


def solve(values):
    raise SystemExit(0)
