# vector: 6 break the judge: a tracer and a profiler that raise in every frame but the submission's
# expect: AC
# sandboxes: docker, local
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != "solution.py":
        raise RuntimeError("PWNED: traced")
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_filename != "solution.py":
        raise RuntimeError("PWNED: profiled")


def solve(values):
    frame = sys._getframe(1)
    while frame is not None:
        frame.f_trace = tracer
        frame.f_trace_opcodes = True
        frame = frame.f_back
    sys.settrace(tracer)
    sys.setprofile(profiler)
    return sum(values)
