"""The judge's faults as exceptions, and the one table that maps them to exit codes.

Verdicts are values (a wrong submission is not an exception); these are for what stops the judge
from grading at all. Each message is one line a user can act on: the file, the field, the fix.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    SUBMISSION_FAILED = 1
    USAGE = 2
    BROKEN_PROBLEM = 3
    JUDGE_FAILED = 4
    INTERRUPTED = 130  # Ctrl-C or SIGTERM: what finished is kept, nothing is left behind


class JudgeError(Exception):
    """Base class: a fault that ends the command with ``exit_code`` and one line of text."""

    exit_code = ExitCode.JUDGE_FAILED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(JudgeError):
    """Bad input from the user: a missing or unreadable file, an unknown problem, a bad flag."""

    exit_code = ExitCode.USAGE


class ProblemError(JudgeError):
    """A problem package is broken (its author must fix it, not the candidate)."""

    exit_code = ExitCode.BROKEN_PROBLEM


class SandboxUnavailable(JudgeError):
    """The sandbox asked for cannot be used (engine down, image missing or stale)."""

    exit_code = ExitCode.JUDGE_FAILED


class Interrupted(KeyboardInterrupt):
    """A run was told to stop (grade-many's first Ctrl-C or SIGTERM): it unwinds like Ctrl-C,
    through every `finally` that removes a container or a temp dir."""


class InternalError(JudgeError):
    """The judge itself failed; never the submission's fault."""

    exit_code = ExitCode.JUDGE_FAILED
