# vector: 1 read: import the reference solution, the judge or the problem packages
# expect: WA
import importlib
import os
import sys


def solve(values):
    for name in ("reference", "judge", "judge.package.trusted", "problems", "checker", "generator"):
        try:
            module = importlib.import_module(name)
        except Exception:
            continue
        return f"PWNED imported {name} from {getattr(module, '__file__', '?')}"
    visible = [path for path in sys.path if "problems" in path]
    if os.path.exists("/opt/mljudge/problems") or visible:
        return "PWNED the problem packages are reachable: " + ":".join(visible)
    return -1
