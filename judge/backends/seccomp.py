"""The sandbox's own seccomp profile: the system calls a numpy submission never needs, denied.

The engine's default profile is not enough on its own terms: on Docker 20.10 it lets
io_uring_setup reach the kernel (it answers EFAULT, not EPERM), and it changes with the engine's
version. A container takes one profile, so ours replaces the default: everything the default
denies to an unprivileged container is denied here too, and then io_uring, userfaultfd, bpf,
perf_event_open, the keyring, namespaces, mounts, ptrace and cross-process memory access, module
and kexec loading, clock setting and the rest that a solution has no use for. Denied calls fail
with EPERM. ``clone3`` fails with ENOSYS instead, as under the engine's default, so the C library
falls back to ``clone``, whose namespace flags are denied by argument.

A denylist allows what it does not name, so a system call a future kernel adds is allowed until
it is listed here; the dropped capabilities, no-new-privileges and the non-root user still hold.
"""

from __future__ import annotations

import functools
import json
from typing import Any

EPERM, ENOSYS = 1, 38
DENIED = (
    # asked for by name: what the hardening review found reachable or has no use for
    "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd", "bpf", "perf_event_open",
    "keyctl", "add_key", "request_key", "unshare", "setns", "mount", "umount", "umount2",
    "pivot_root", "chroot", "ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
    "pidfd_getfd", "process_madvise",
    # the new mount API and file-handle calls
    "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
    "name_to_handle_at", "open_by_handle_at", "fanotify_init",
    # kernel modules, kexec, the machine itself
    "init_module", "finit_module", "delete_module", "create_module", "query_module",
    "get_kernel_syms", "kexec_load", "kexec_file_load", "reboot", "swapon", "swapoff", "acct",
    "syslog", "quotactl", "lookup_dcookie", "nfsservctl", "uselib", "ustat", "sysfs", "_sysctl",
    "vm86", "vm86old", "iopl", "ioperm", "personality", "sethostname", "setdomainname",
    # clocks, NUMA placement (the engine's default denies these without CAP_SYS_TIME/NICE)
    "settimeofday", "stime", "clock_settime", "clock_adjtime", "adjtimex",
    "mbind", "set_mempolicy", "move_pages", "migrate_pages",
)  # fmt: skip
# clone flags that make a namespace: CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
NAMESPACE_FLAGS = (0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)
ARCHITECTURES = ("SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32", "SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM")


def profile() -> dict[str, Any]:
    """The profile, in the engine's JSON format."""
    rules: list[dict[str, Any]] = [
        {"names": list(DENIED), "action": "SCMP_ACT_ERRNO", "errnoRet": EPERM},
        {"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": ENOSYS},
    ]
    for flag in NAMESPACE_FLAGS:  # one rule per flag: seccomp compares masked values for equality
        rules.append(
            {
                "names": ["clone"],
                "action": "SCMP_ACT_ERRNO",
                "errnoRet": EPERM,
                "args": [{"index": 0, "value": flag, "valueTwo": flag, "op": "SCMP_CMP_MASKED_EQ"}],
            }
        )
    return {"defaultAction": "SCMP_ACT_ALLOW", "architectures": list(ARCHITECTURES), "syscalls": rules}


@functools.cache
def security_opt() -> str:
    """The ``security_opt`` entry that applies the profile (the engine takes the JSON inline)."""
    return "seccomp=" + json.dumps(profile(), sort_keys=True, separators=(",", ":"))
