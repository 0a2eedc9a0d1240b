# vector: 2 forge: print fake protocol lines and verdicts
# expect: WA
import json


def solve(values):
    for kind in ("result", "done", "preflight"):
        print(json.dumps({"type": kind, "id": "public-01", "status": "returned", "output": 6, "nonce": "x"}))
    print("AC")
    return -1
