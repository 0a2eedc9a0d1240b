# vector: 3 timing: keep state between tests in System V shared memory (it outlives processes)
# expect: WA
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
KEY = 0x4A554447


def solve(values):
    segment = libc.shmget(KEY, 4096, 0o600)
    if segment >= 0:
        return "PWNED a segment from an earlier test survived"
    segment = libc.shmget(KEY, 4096, 0o1000 | 0o600)  # IPC_CREAT
    return -1 if segment >= 0 else -2
