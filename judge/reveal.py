"""What a hidden test may show besides its id, category and verdict. Pure.

Exact CPU seconds and peak bytes next to a verdict are an oracle: a submission can spend time or
memory as a function of a hidden input and read the input back a bit at a time. So a problem's
reveal policy (problem.toml [reveal], per command) rounds them up to a quarter of the test's
budget (``coarse``) or drops them (``verdict``), and the time and memory messages then say only
which budget was passed; a runtime error says its (built-in) exception but not the line it came
from, which the code chooses too. Public tests always show everything.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from judge.models import MIB, Reveal, TestResult, Verdict, Visibility

STEPS = 4  # coarse: quarters of the budget
LOCATION = re.compile(r" at \S+:\d+$")  # "ValueError at solution.py:12" (verdicts.classify)


def apply(result: TestResult, level: Reveal) -> TestResult:
    """``result`` as a hidden test may be shown at ``level`` (public tests are unchanged)."""
    if result.visibility is Visibility.PUBLIC or level is Reveal.EXACT:
        return result
    message = result.message
    if result.verdict is Verdict.TLE:
        message = f"over the time limit (CPU budget {result.limits.cpu_seconds:g} s)"
    elif result.verdict is Verdict.MLE:
        message = f"over the memory budget ({result.limits.memory_bytes / MIB:g} MiB)"
    line = result.line
    if result.verdict is Verdict.RE:
        # the line an exception came from is chosen by the code too: a few bits a test
        message, line = LOCATION.sub("", message), None
    if level is Reveal.VERDICT:
        return replace(result, cpu_seconds=None, peak_bytes=None, message=message, line=line)
    cpu = None if result.cpu_seconds is None else _up(result.cpu_seconds, result.limits.cpu_seconds)
    peak = None if result.peak_bytes is None else int(_up(result.peak_bytes, result.limits.memory_bytes))
    return replace(result, cpu_seconds=cpu, peak_bytes=peak, message=message, line=line)


def _up(value: float, budget: float) -> float:
    """``value`` rounded up to the next quarter of ``budget`` (a zero stays a quarter)."""
    step = budget / STEPS
    return round(max(1, math.ceil(value / step - 1e-9)) * step, 6)
