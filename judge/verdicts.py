"""Verdict rules: one observation + its limits + a checker -> a verdict. Pure.

Precedence, first match wins: IE (the judge failed), CE, MLE by the measured peak (over the
budget is over, whatever the process did afterwards: spinning until the CPU limit, crashing),
TLE, MLE by a failed allocation or the kernel's OOM kill, OLE, RE, then the checker (WA/AC).
Each outcome carries two messages: the full one for public cases, and a safe one for hidden
cases that never quotes inputs, outputs or exception text (which may echo inputs).
"""

from __future__ import annotations

import builtins
import signal as signals
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge.checkers.base import Check
from judge.models import MIB, KillReason, Limits, Observation, ObservationStatus, Verdict

SIGXCPU = int(signals.SIGXCPU)
SIGKILL = int(signals.SIGKILL)
EXIT_MESSAGES = {
    KillReason.OUTPUT_LIMIT: "the returned value was larger than {limit}",
    KillReason.LOG_LIMIT: "printed more than {limit} to stdout/stderr",
}


# A class's name is the submission's to choose: type(hidden_input, (Exception,), {}) would
# spell an input out in a hidden test's message. Only the built-in names are shown as they are.
BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
OWN_EXCEPTION = "an exception of a class solution.py defines"


def safe_exception_name(name: str) -> str:
    return name if name in BUILTIN_EXCEPTIONS else OWN_EXCEPTION


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    message: str
    safe_message: str


def classify(observation: Observation, limits: Limits, check: Callable[[Any], Check]) -> Outcome:
    """Decide one test's verdict. ``check(output)`` runs only when the call returned in limits."""
    obs = observation
    if obs.status == ObservationStatus.INTERNAL:
        text = f"the sandbox failed: {obs.message}" if obs.message else "the sandbox failed"
        return Outcome(Verdict.IE, text, text)
    if obs.status == ObservationStatus.COMPILE_ERROR:
        return Outcome(Verdict.CE, obs.message, obs.message)
    if obs.peak_bytes > limits.memory_bytes:
        text = _memory_message(obs, limits)
        return Outcome(Verdict.MLE, text, text)
    timed_out = (
        obs.killed_for in (KillReason.WALL_TIMEOUT, KillReason.JOB_TIMEOUT, KillReason.CPU_LIMIT)
        or obs.cpu_seconds > limits.cpu_seconds
        or obs.signal == SIGXCPU
    )
    if timed_out:
        text = _time_message(obs, limits)
        return Outcome(Verdict.TLE, text, text)
    out_of_memory = obs.status == ObservationStatus.MEMORY_ERROR or obs.peak_bytes > limits.memory_bytes
    if out_of_memory or obs.killed_for == KillReason.OOM:
        text = _memory_message(obs, limits)
        return Outcome(Verdict.MLE, text, text)
    if obs.killed_for in EXIT_MESSAGES:
        limit = limits.output_bytes if obs.killed_for == KillReason.OUTPUT_LIMIT else limits.log_bytes
        text = EXIT_MESSAGES[obs.killed_for].format(limit=_size(limit))
        return Outcome(Verdict.OLE, text, text)
    if obs.status == ObservationStatus.EXCEPTION and obs.error is not None:
        where = f" at {obs.error.location}" if obs.error.location else ""
        return Outcome(Verdict.RE, obs.error.traceback, f"{safe_exception_name(obs.error.type)}{where}")
    if obs.status != ObservationStatus.RETURNED and obs.status != ObservationStatus.BAD_OUTPUT:
        text = _vanished_message(obs)
        return Outcome(Verdict.RE, text, text)
    if obs.status == ObservationStatus.BAD_OUTPUT:
        return Outcome(Verdict.WA, obs.message, "the returned value has the wrong type or shape")
    verdict = check(obs.output)
    if verdict.passed:
        return Outcome(Verdict.AC, "", "")
    return Outcome(Verdict.WA, verdict.message or "wrong answer", "wrong answer")


def _time_message(obs: Observation, limits: Limits) -> str:
    if obs.killed_for == KillReason.WALL_TIMEOUT and obs.cpu_seconds <= limits.cpu_seconds:
        return (
            f"still running after {obs.wall_seconds:.2f} s wall time with only "
            f"{obs.cpu_seconds:.2f} s of CPU (sleeping or waiting?)"
        )
    if obs.killed_for == KillReason.JOB_TIMEOUT:
        return "the sandbox was stopped while this test ran (the whole run took too long)"
    return f"used {obs.cpu_seconds:.2f} s of CPU; the budget is {limits.cpu_seconds:.2f} s"


def _memory_message(obs: Observation, limits: Limits) -> str:
    budget = _size(limits.memory_bytes)
    if obs.killed_for == KillReason.OOM:
        return f"killed for running out of memory; the budget is {budget}"
    if obs.status == ObservationStatus.MEMORY_ERROR and obs.peak_bytes <= limits.memory_bytes:
        return f"an allocation failed (MemoryError): it would have exceeded the {budget} budget"
    return f"peak memory {_size(obs.peak_bytes)}; the budget is {budget}"


def _vanished_message(obs: Observation) -> str:
    if obs.signal is not None:
        try:
            name = signals.Signals(obs.signal).name
        except ValueError:
            name = f"signal {obs.signal}"
        return f"the process was killed by {name} before returning"
    if obs.status == ObservationStatus.RUNNER_DIED:
        return "the sandbox runner was killed while this test ran"
    return (
        f"the process exited (status {obs.exit_code}) before returning a value; do not call sys.exit/os._exit"
    )


def _size(count: int) -> str:
    if count >= MIB:
        return f"{count / MIB:.1f} MiB"
    return f"{count / 1024:.0f} KiB"
