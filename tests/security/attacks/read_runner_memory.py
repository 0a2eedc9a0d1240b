# vector: 1 read: the runner's memory, fds and stdin (where the job arrives)
# expect: WA
import os


def solve(values):
    stolen = []
    for path in ("/proc/1/mem", "/proc/1/fd/0", "/proc/1/fd/1", "/proc/1/cmdline", "/proc/1/maps"):
        try:
            with open(path, "rb") as handle:
                data = handle.read(4096)
            if path != "/proc/1/cmdline":
                stolen.append(path)
        except OSError:
            pass
    try:
        for fd in os.listdir("/proc/1/fd"):
            stolen.append("fd" + fd)
    except OSError:
        pass
    return "PWNED " + " ".join(stolen) if stolen else -1
