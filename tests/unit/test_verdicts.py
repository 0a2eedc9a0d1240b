"""Verdict rules on hand-made observations: precedence and the hidden-safe messages."""

from __future__ import annotations

import signal

import pytest

from judge.checkers.base import Check
from judge.models import ErrorInfo, KillReason, Limits, Observation, ObservationStatus, Verdict
from judge.verdicts import classify

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)
SECRET = "purchase-id-secret-123"


def passes(output: object) -> Check:
    return Check(True)


def fails(output: object) -> Check:
    return Check(False, f"result[0]: expected {SECRET!r}, got 'x'")


def _error(kind: str = "KeyError") -> ErrorInfo:
    return ErrorInfo(kind, SECRET, f"Traceback...\n{kind}: {SECRET}", "solution.py:7")


@pytest.mark.parametrize(
    ("observation", "check", "verdict"),
    [
        (Observation(ObservationStatus.RETURNED, cpu_seconds=0.1, output=["a"]), passes, Verdict.AC),
        (Observation(ObservationStatus.RETURNED, cpu_seconds=0.1, output=["x"]), fails, Verdict.WA),
        (Observation(ObservationStatus.RETURNED, cpu_seconds=1.5, output=["a"]), passes, Verdict.TLE),
        (
            Observation(ObservationStatus.NO_RESULT, cpu_seconds=2.0, signal=int(signal.SIGXCPU)),
            passes,
            Verdict.TLE,
        ),
        (
            Observation(
                ObservationStatus.NO_RESULT,
                cpu_seconds=0.01,
                wall_seconds=4.0,
                killed_for=KillReason.WALL_TIMEOUT,
            ),
            passes,
            Verdict.TLE,
        ),
        (Observation(ObservationStatus.NO_RESULT, killed_for=KillReason.JOB_TIMEOUT), passes, Verdict.TLE),
        (
            Observation(ObservationStatus.MEMORY_ERROR, cpu_seconds=0.1, error=_error("MemoryError")),
            passes,
            Verdict.MLE,
        ),
        (
            Observation(ObservationStatus.RETURNED, cpu_seconds=0.1, peak_bytes=100 << 20, output=["a"]),
            passes,
            Verdict.MLE,
        ),
        (Observation(ObservationStatus.NO_RESULT, killed_for=KillReason.OOM), passes, Verdict.MLE),
        (Observation(ObservationStatus.NO_RESULT, killed_for=KillReason.OUTPUT_LIMIT), passes, Verdict.OLE),
        (Observation(ObservationStatus.NO_RESULT, killed_for=KillReason.LOG_LIMIT), passes, Verdict.OLE),
        (Observation(ObservationStatus.EXCEPTION, error=_error()), passes, Verdict.RE),
        (Observation(ObservationStatus.NO_RESULT, signal=int(signal.SIGSEGV)), passes, Verdict.RE),
        (Observation(ObservationStatus.NO_RESULT, exit_code=0), passes, Verdict.RE),
        (Observation(ObservationStatus.RUNNER_DIED), passes, Verdict.RE),
        (
            Observation(ObservationStatus.BAD_OUTPUT, message="returned an object of type set"),
            passes,
            Verdict.WA,
        ),
        (Observation(ObservationStatus.COMPILE_ERROR, message="no function"), passes, Verdict.CE),
        (Observation(ObservationStatus.INTERNAL, message="runner bug"), passes, Verdict.IE),
        # Precedence: CPU over budget while allocating (no peak over the budget) is a time-out;
        # a time-out beats a wrong answer.
        (
            Observation(ObservationStatus.MEMORY_ERROR, cpu_seconds=3.0, error=_error("MemoryError")),
            passes,
            Verdict.TLE,
        ),
        (Observation(ObservationStatus.RETURNED, cpu_seconds=3.0, output=["x"]), fails, Verdict.TLE),
        # Memory over the budget, then spinning until the CPU limit: the peak decides, MLE.
        (
            Observation(
                ObservationStatus.NO_RESULT,
                cpu_seconds=2.2,
                peak_bytes=128 << 20,
                killed_for=KillReason.CPU_LIMIT,
            ),
            passes,
            Verdict.MLE,
        ),
        (
            Observation(
                ObservationStatus.NO_RESULT,
                cpu_seconds=0.5,
                wall_seconds=4.0,
                peak_bytes=90 << 20,
                killed_for=KillReason.WALL_TIMEOUT,
            ),
            passes,
            Verdict.MLE,
        ),
        # Output over the cap, then a crash: OLE (the runner killed it for the output).
        (
            Observation(
                ObservationStatus.NO_RESULT, signal=int(signal.SIGKILL), killed_for=KillReason.OUTPUT_LIMIT
            ),
            passes,
            Verdict.OLE,
        ),
        # Killed by the container's memory limit while the CPU ran over: MLE, never IE.
        (Observation(ObservationStatus.RUNNER_DIED, killed_for=KillReason.OOM), passes, Verdict.MLE),
    ],
)
def test_classify(observation: Observation, check: object, verdict: Verdict) -> None:
    outcome = classify(observation, LIMITS, check)  # type: ignore[arg-type]
    assert outcome.verdict is verdict
    assert bool(outcome.message) is (verdict is not Verdict.AC)
    assert SECRET not in outcome.safe_message


def test_checker_not_called_when_limits_broken() -> None:
    called = []

    def spy(output: object) -> Check:
        called.append(output)
        return Check(True)

    classify(Observation(ObservationStatus.RETURNED, cpu_seconds=5.0, output=[1]), LIMITS, spy)
    assert called == []


def test_messages_say_what_happened() -> None:
    slow = classify(Observation(ObservationStatus.RETURNED, cpu_seconds=1.5), LIMITS, passes)
    assert slow.message == "used 1.50 s of CPU; the budget is 1.00 s"
    sleeping = classify(
        Observation(
            ObservationStatus.NO_RESULT, cpu_seconds=0.0, wall_seconds=4.0, killed_for=KillReason.WALL_TIMEOUT
        ),
        LIMITS,
        passes,
    )
    assert "sleeping or waiting" in sleeping.message
    crash = classify(
        Observation(ObservationStatus.EXCEPTION, error=_error("ZeroDivisionError")), LIMITS, passes
    )
    assert crash.safe_message == "ZeroDivisionError at solution.py:7"
    assert SECRET in crash.message
    segv = classify(Observation(ObservationStatus.NO_RESULT, signal=int(signal.SIGSEGV)), LIMITS, passes)
    assert "SIGSEGV" in segv.message
    exited = classify(Observation(ObservationStatus.NO_RESULT, exit_code=3), LIMITS, passes)
    assert "exited (status 3)" in exited.message
