# vector: 6 break the judge: end frames the judge cannot read (error not a dict, unknown status)
# expect: RE
# sandboxes: docker, local
import os

FRAME = b'{"frame": "end", "status": "exception", "error": "PWNED", "cpu_seconds": "x"}\n'


def solve(values):
    for fd in range(3, 256):
        try:
            os.write(fd, FRAME)
        except OSError:
            pass
    return sum(values)
