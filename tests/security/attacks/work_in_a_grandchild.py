# vector: 3 timing: do the work in a forked grandchild that is never waited for, while the
# measured process sleeps on a pipe (its own CPU stays near zero). 0.8 s of CPU is over the
# 0.5 s budget but well inside the wall limit (2 x 0.5 + 1 s): only counting the grandchild's
# CPU as the submission's catches it.
# expect: TLE
import os
import time


def solve(values):
    read_end, write_end = os.pipe()
    if os.fork() == 0:
        while time.process_time() < 0.8:
            pass
        os.write(write_end, str(sum(values)).encode())
        time.sleep(60)  # never waited for
        os._exit(0)
    os.close(write_end)
    return int(os.read(read_end, 64))
