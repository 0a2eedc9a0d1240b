"""The growth class of instruction counts: exact figures (callgrind), so no band is needed.

Timing cannot tell n from n log n over 2.5 decades (the log doubles the cost per element; CPU
caches bend linear code almost as much), so the timed answer is then a band. Counted
instructions have no caches and no noise: the cost per element of linear code is flat up to the
small steps of amortised resizing, and that of n log n code rises by a constant amount per
doubling. The rule (thresholds measured with bench/complexity_accuracy.py --mode counts):
- the classes are fitted as for times, with a noise floor for the resize steps;
- within a close pair (n vs n log n, n^2 vs n^2 log n) the model a + b g(n) + c g(n) ln n
  (a, b, c >= 0) says how much the cost per g(n) rises over the sizes: the log class when it
  rises by more than LOG_RISE, the simpler one below NO_RISE, a band only in between.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections.abc import Mapping, Sequence

from judge.complexity.growth import Growth, GrowthFit, choose, exponent, shape

# Relative steps of amortised resizing (dict, list, set growth) in the counts of linear code.
COUNT_NOISE = 0.03
# Rise per decade of the fitted cost per g(n) over the upper sizes. Measured (bench/
# complexity_accuracy.py --modes counts, 53 functions): linear code 1.00-1.02 (hash counting,
# set dedupe and list copies included), n log n code (sorts, heaps, trees, binary searches,
# Dijkstra) 1.10-1.36.
NO_RISE = 1.04
LOG_RISE = 1.07
# n^2 vs n^2 log n: a quadratic is only affordable to simulate up to n of about 2,000, where
# CPython's cache of small ints (-5..256) still bends Python loops: above 256 every loop counter
# allocates, so the cost per step of quadratic code rises by 1.2-1.5x per decade there (bubble,
# insertion and selection sort, an LCS table), as much as n^2 log n code's (1.41-1.46). Only a
# flat cost per n^2 is named; any rise is the band.
QUADRATIC_NO_RISE = 1.04
# O(1) vs O(log n), the same rise per decade of a + b ln n fitted to all sizes: constant code
# 1.00-1.05 (hash probing varies with the table's size), hand-written or C log n code 1.14-1.27.
CONSTANT_RISE = 1.10


def infer_counts(counts: Mapping[int, float], candidates: Sequence[Growth] = tuple(Growth)) -> GrowthFit:
    """The class of one instruction count per size (at least 4 sizes over 1.5 decades)."""
    sizes = sorted(size for size, value in counts.items() if value > 0)
    if len(sizes) < 4:
        return GrowthFit(None, None, 0.0, None, (), f"only {len(sizes)} sizes were counted; 4 are needed")
    values = [float(counts[size]) for size in sizes]
    if sizes[-1] / sizes[0] < 10 and max(values) / min(values) < 100:
        return GrowthFit(None, None, 0.0, None, (), "the counted sizes span less than a decade")
    slope = exponent(sizes, values)
    if Growth.CONSTANT in candidates and _constant_rise(sizes, values) < CONSTANT_RISE:
        return GrowthFit(Growth.CONSTANT, None, 1.0, slope, ())
    best, _, fits = choose(sizes, values, [c for c in candidates if c is not Growth.CONSTANT], COUNT_NOISE)
    band = None
    linear, quadratic = (Growth.LINEAR, Growth.LINEARITHMIC), (Growth.QUADRATIC, Growth.QUADRATIC_LOG)
    for simple, with_log in (linear, quadratic):
        if best not in (simple, with_log) or simple not in candidates or with_log not in candidates:
            continue
        rise = log_rise(sizes, values, simple)
        if simple is Growth.QUADRATIC:
            best, band = (simple, None) if rise < QUADRATIC_NO_RISE else (with_log, quadratic)
        elif rise >= LOG_RISE:
            best = with_log
        elif rise < NO_RISE:
            best = simple
        else:
            best, band = with_log, linear
    return GrowthFit(best, band, 1.0, slope, fits)


def _constant_rise(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The rise per decade of the best a + b ln n (a, b >= 0) over all the sizes."""
    columns = [[1.0] * len(sizes), [math.log(n) for n in sizes]]
    a, b = _nonnegative_fit(columns, values)
    low, high = a + b * math.log(sizes[0]), a + b * math.log(sizes[-1])
    if low <= 0:
        return math.inf if high > 0 else 1.0
    return float((high / low) ** (1 / math.log10(sizes[-1] / sizes[0])))


def log_rise(sizes: Sequence[float], values: Sequence[float], simple: Growth) -> float:
    """How much the cost per g(n) rises per decade of n over the upper half of the sizes, from
    the best non-negative fit there of a + b g(n) + c g(n) ln n on relative error (1.0: flat).
    The upper half only: below a few hundred, Python's small-int cache and first resizes
    make the cost per element of linear code climb before it settles."""
    middle = statistics.median(sizes)
    upper = [(n, v) for n, v in zip(sizes, values, strict=True) if n >= middle]
    if len(upper) < 3 or upper[-1][0] <= upper[0][0]:
        upper = list(zip(sizes, values, strict=True))
    g = shape(simple)
    columns = [[1.0] * len(upper), [g(n) for n, _ in upper], [g(n) * math.log(n) for n, _ in upper]]
    _, b, c = _nonnegative_fit(columns, [v for _, v in upper])
    low, high = upper[0][0], upper[-1][0]
    at_low = b + c * math.log(low)
    at_high = b + c * math.log(high)
    if at_low <= 0:
        return math.inf if at_high > 0 else 1.0
    return float((at_high / at_low) ** (1 / math.log10(high / low)))


def _nonnegative_fit(columns: list[list[float]], values: Sequence[float]) -> tuple[float, ...]:
    """Least squares on relative error with every coefficient >= 0: the best over the subsets
    of columns whose unconstrained solution is non-negative (three columns: seven subsets).
    Columns are scaled to unit norm first: 1 and n^2 ln n differ by ten orders of magnitude."""
    import numpy as np  # the counted pass only: a tests-only run never loads numpy for this

    weights = np.array([1.0 / max(v, 1e-12) for v in values])
    design = np.array(columns, dtype=float).T * weights[:, None]
    target = np.asarray(values, dtype=float) * weights
    norms = np.linalg.norm(design, axis=0)
    norms[norms == 0] = 1.0
    scaled = design / norms
    best = np.zeros(len(columns))
    lowest = math.inf
    for count in range(1, len(columns) + 1):
        for chosen in itertools.combinations(range(len(columns)), count):
            solution = np.linalg.lstsq(scaled[:, chosen], target, rcond=None)[0]
            if (solution < 0).any():
                continue
            full = np.zeros(len(columns))
            full[list(chosen)] = solution / norms[list(chosen)]
            residual = float(((design @ full - target) ** 2).sum())
            if residual < lowest:
                best, lowest = full, residual
    return tuple(float(x) for x in best)


TRIGGER = re.compile(rb"^desc: Trigger: (.*)$", re.MULTILINE)
SUMMARY = re.compile(rb"^(?:summary|totals): (\d+)", re.MULTILINE)


def read_dump(text: bytes) -> tuple[str, int] | None:
    """(trigger, instructions) of one callgrind dump file; None when it is not one."""
    if not text.startswith(b"# callgrind format"):
        return None
    trigger = TRIGGER.search(text)
    total = SUMMARY.search(text)
    if total is None:
        return None
    return (trigger.group(1).decode(errors="replace").strip() if trigger else "", int(total.group(1)))
