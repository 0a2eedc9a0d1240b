# vector: 5 reach out: kill the runner and every process it can see
# expect: RE
# then: control
import os
import signal


def solve(values):
    for pid in (1, -1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != os.getpid():
            try:
                os.kill(int(name), signal.SIGKILL)
            except OSError:
                pass
    os.kill(os.getpid(), signal.SIGKILL)
