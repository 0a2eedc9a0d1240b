# vector: 6 break the judge: kill the runner (the parent) while the module loads; the local runner is the same user
# expect: AC, RE
# sandboxes: docker, local
# then: control
import os
import signal

try:
    os.kill(os.getppid(), signal.SIGKILL)  # in Docker the runner is PID 1: the kernel ignores it
except OSError:
    pass


def solve(values):
    return sum(values)
