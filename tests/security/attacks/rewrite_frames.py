# vector: 2 forge: rewrite the caller's frames (the runner's locals) through sys._getframe
# expect: WA
import sys


def solve(values):
    frame = sys._getframe(1)
    while frame is not None:
        for name in list(frame.f_locals):
            if name in ("output", "result", "status", "message"):
                try:
                    frame.f_locals[name] = sum(values)
                except Exception:
                    pass
        frame.f_globals.get("__builtins__")
        frame = frame.f_back
    return sum(values) + 1
