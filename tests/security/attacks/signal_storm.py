# vector: 6 break the judge: a timer whose handler raises once the call has returned
# expect: AC, RE
# sandboxes: docker, local
import signal

RETURNED = [False]


def handler(signum, frame):
    if RETURNED[0]:
        raise KeyboardInterrupt("PWNED: interrupted the judge")


signal.signal(signal.SIGALRM, handler)
signal.signal(signal.SIGVTALRM, handler)


def solve(values):
    signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)
    signal.setitimer(signal.ITIMER_VIRTUAL, 0.0002, 0.0002)
    RETURNED[0] = True
    return sum(values)
