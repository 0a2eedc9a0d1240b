# vector: 5 reach out: io_uring, userfaultfd, the keyring, a user namespace (calls the engine's default profile lets through)
# expect: AC
# then: control
import ctypes
import platform

NUMBERS = {
    "x86_64": {"io_uring_setup": 425, "userfaultfd": 323, "keyctl": 250, "unshare": 272},
    "aarch64": {"io_uring_setup": 425, "userfaultfd": 282, "keyctl": 219, "unshare": 97},
}
ARGUMENTS = {"io_uring_setup": (1, 0), "userfaultfd": (0,), "keyctl": (0, -3, 0), "unshare": (0x10000000,)}
EPERM = 1


def solve(values):
    libc = ctypes.CDLL(None, use_errno=True)
    reached = []
    for name, number in NUMBERS.get(platform.machine(), {}).items():
        ctypes.set_errno(0)
        answer = libc.syscall(number, *ARGUMENTS[name])
        if answer != -1 or ctypes.get_errno() != EPERM:
            reached.append(f"{name} (errno {ctypes.get_errno()})")
    if reached:
        return "PWNED: the kernel answered " + ", ".join(reached)
    return sum(values)
