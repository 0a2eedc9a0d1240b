"""Submission against reference, measured in the same run on the same inputs: flag `too slow`
only when their time ratio clearly grows with n over the upper sizes, so the verdict does not
depend on how fast the machine is. Thresholds: docs/complexity.md (measured)."""

from __future__ import annotations

import statistics

from judge.complexity.growth import Growth, GrowthFit, log_slope
from judge.complexity.records import Curve, GrowthVerdict, GrowthVerdictKind, MemoryMeasure, SpaceVerdict

SLOPE_LIMIT = 0.3  # n log n over n is ~0.1 at these sizes; n^2 over n is 1
GROWTH_LIMIT = 1.8  # and the ratio must at least nearly double across the upper sizes
MIN_POINTS = 3


def compare(
    submission: Curve,
    reference: Curve,
    fit: GrowthFit,
    expected: Growth,
    expected_text: str,
    variable: str = "n",
    measured: str | None = None,
) -> GrowthVerdict:
    """``variable``: the parameter the curve grows (n, or a second parameter such as k), and
    ``measured`` the fit's label written in it."""
    ratios = _ratios(submission, reference)
    if submission.failed and not ratios:
        return GrowthVerdict(
            GrowthVerdictKind.INCONCLUSIVE, "the submission failed on the curve's inputs", None, ()
        )
    upper = _upper(ratios)
    if len(upper) < MIN_POINTS:
        text = f"only {len(ratios)} sizes could be compared with the reference; {MIN_POINTS * 2} are needed"
        return GrowthVerdict(GrowthVerdictKind.INCONCLUSIVE, text, None, tuple(ratios))
    slope, growth = _trend(upper)
    measured = measured or fit.label
    if not (slope >= SLOPE_LIMIT and growth >= GROWTH_LIMIT) and ratios[-1][2]:
        # The budget's bound is only a floor on the ratio where the submission stopped: when it
        # barely tops the last measured ratio it flattens the trend the measured sizes show
        # (knn's quadratic rank-by-counting: ratios 31, 46, 77, then the bound 80 read as "as
        # expected"). A floor can add evidence, never take it away: the measured sizes alone
        # are judged too.
        alone = _upper(ratios[:-1])
        if len(alone) >= MIN_POINTS:
            measured_slope, measured_growth = _trend(alone)
            if measured_slope >= SLOPE_LIMIT and measured_growth >= GROWTH_LIMIT:
                slope, growth = measured_slope, measured_growth
    if slope >= SLOPE_LIMIT and growth >= GROWTH_LIMIT:
        cut = (
            f"; stopped at {variable} = {submission.cut_off_at:,} (over {submission.budget_seconds:g} s)"
            if submission.cut_off_at
            else ""
        )
        exponent = f", exponent {fit.exponent:.2f}" if fit.exponent is not None else ""
        text = (
            f"too slow: {measured} measured{exponent}, {expected_text} expected "
            f"(time / reference grows like {variable}^{slope:.2f}{cut})"
        )
        return GrowthVerdict(GrowthVerdictKind.TOO_SLOW, text, slope, tuple(ratios))
    # "Better" needs the same evidence as "too slow", mirrored: a ratio that clearly shrinks in
    # the same run. A class label alone wobbles between neighbours from run to run, and the
    # verdict must not flip on a resubmission.
    shrinks = slope <= -SLOPE_LIMIT and growth <= 1 / GROWTH_LIMIT
    lower_class = fit.growth is not None and fit.growth.rank < expected.rank
    if shrinks and lower_class and not (fit.band and expected in fit.band):
        text = f"better than expected: {measured} measured, {expected_text} expected"
        return GrowthVerdict(GrowthVerdictKind.BETTER, text, slope, tuple(ratios))
    text = f"as expected: {measured} measured, {expected_text} expected"
    return GrowthVerdict(GrowthVerdictKind.AS_EXPECTED, text, slope, tuple(ratios))


def _ratios(submission: Curve, reference: Curve) -> list[tuple[int, float, bool]]:
    """(size, submission time / reference time, lower bound?) where both have a figure; a size
    where the submission ran out of time counts with its budget as a lower bound."""
    mine = submission.medians("time")
    theirs = reference.medians("time")
    found = []
    for size in sorted(theirs):
        base = max(theirs[size], 1e-6)
        if size in mine:
            found.append((size, max(mine[size], 1e-6) / base, False))
        elif submission.cut_off_at is not None and size >= submission.cut_off_at:
            bound = submission.budget_seconds / base
            # The budget is only a floor for the time it would have taken: it adds evidence
            # when it already exceeds the last measured ratio, and would understate it otherwise.
            if not found or bound > found[-1][1]:
                found.append((size, bound, True))
            break  # the sizes above it never ran
    return found


def _trend(upper: list[tuple[int, float, bool]]) -> tuple[float, float]:
    """The ratio's log-log slope and its growth from the first to the last of ``upper``."""
    slope = log_slope([(size, ratio) for size, ratio, _ in upper]) or 0.0
    return slope, upper[-1][1] / upper[0][1]


def _upper(ratios: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    if len(ratios) < MIN_POINTS:
        return ratios
    middle = statistics.median(size for size, _, _ in ratios)
    upper = [item for item in ratios if item[0] >= middle]
    return upper if len(upper) >= MIN_POINTS else ratios[-MIN_POINTS:]


def compare_space(submission: Curve, reference: Curve, mine: GrowthFit, theirs: GrowthFit) -> SpaceVerdict:
    """Memory classes compared only when both come from traced allocations: exact figures, the
    same on every rerun. Peak RSS misses memory that reuses freed buffers, so its classes are
    never held against a submission."""
    exact = submission.memory_measure is reference.memory_measure is MemoryMeasure.ALLOCATIONS
    if not exact or mine.growth is None or theirs.growth is None:
        return SpaceVerdict.UNKNOWN
    if mine.growth.rank > theirs.growth.rank:
        return SpaceVerdict.TOO_BIG
    if mine.growth.rank < theirs.growth.rank:
        return SpaceVerdict.SMALLER
    return SpaceVerdict.AS_EXPECTED
