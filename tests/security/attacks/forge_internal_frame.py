# vector: 6 break the judge: write an "internal" end frame to every fd (the result pipe among them)
# expect: RE
# sandboxes: docker, local
import os

FRAME = b'{"frame": "end", "status": "internal", "message": "forged: the judge failed"}\n'


def solve(values):
    for fd in range(3, 256):
        try:
            os.write(fd, FRAME)
        except OSError:
            pass
    return sum(values)
