# vector: 3 timing: patch every clock, then burn CPU past the budget
# expect: TLE
import time


def solve(values):
    for name in ("time", "perf_counter", "process_time", "monotonic", "thread_time"):
        setattr(time, name, lambda: 0.0)
    import resource

    resource.getrusage = lambda who: None
    while True:
        pass
