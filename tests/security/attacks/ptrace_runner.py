# vector: 5 reach out: ptrace the runner to rewrite what it reports
# expect: WA
import ctypes

PTRACE_ATTACH = 16


def solve(values):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.ptrace(PTRACE_ATTACH, 1, None, None) == 0:
        return "PWNED attached to the runner"
    return -1
