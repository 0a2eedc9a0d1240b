"""The counted pass's command line: the runner under callgrind (valgrind), which dumps its
instruction counters when a child enters getppid and again when it enters getpgrp; the child
calls the submission between the two (sandbox/callgrind.py reads the dumps). One place for the
flags, shared by both backends.
"""

from __future__ import annotations

# callgrind opens its output file as it starts, so the dumps go into a directory that exists
# from the start (the sandbox's temp dir), under this prefix: <dir>/mljudge-cg.<pid>.<part>.
COUNT_FILE_PREFIX = "mljudge-cg"
# What callgrind itself holds (translated code, its tables) on top of what the runner needs.
SIMULATOR_BYTES = 512 << 20
# Python's hash seed changes the work of every set and dict: fixed, so a count repeats exactly.
# The runner then starts without -E (which would ignore it); the backends set its whole
# environment themselves, so no other PYTHON* variable reaches it.
COUNT_ENV = {"PYTHONHASHSEED": "0"}
PYTHON_FLAGS = ("-s",)


def count_files(directory: str) -> str:
    """The path prefix of every dump (the runner is told it in the job's header)."""
    return f"{directory.rstrip('/')}/{COUNT_FILE_PREFIX}"


def valgrind_argv(valgrind: str, files: str) -> list[str]:
    return [
        valgrind,
        "--tool=callgrind",
        "-q",
        f"--callgrind-out-file={files}.%p",
        "--dump-before=getppid",
        "--dump-before=getpgrp",
    ]
