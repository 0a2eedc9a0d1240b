"""The records of a growth measurement: raw samples, the two curves, the fits and the verdict."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from judge.complexity.growth import GrowthFit

if TYPE_CHECKING:
    from judge.complexity.sweep import SecondSweepReport


class SampleStatus(StrEnum):
    OK = "ok"
    OVER_BUDGET = "over_budget"  # ran out of time or memory: the curve stops at this size
    FAILED = "failed"  # crashed or could not run (the correctness tests say why)
    SKIPPED = "skipped"  # above a size that was over budget


@dataclass(frozen=True)
class CurveSample:
    size: int
    round: int
    status: SampleStatus
    cpu_seconds: float
    peak_bytes: int
    output_bytes: int = 0  # the size of the returned value as sent (converting it costs RSS)


# The allocation pass is believed where the runner's peak RSS (a figure the submission cannot
# choose) stays within this of it: allocator slack, fragmentation and memory numpy takes from
# malloc directly fit, and so does turning the returned value into JSON after the call (Python
# floats and lists: up to ~11x the JSON's size, measured on dropout's 1.3 M floats); hiding a
# growing array does not.
RSS_OVER_TRACED = 2.0
RSS_SLACK_BYTES = 16 * 1024 * 1024
RSS_OVER_OUTPUT = 12.0
MIN_TRACED = 4  # sizes: a class needs at least this many


class MemoryMeasure(StrEnum):
    ALLOCATIONS = "allocations"  # the peak of the call's traced allocations (tracemalloc)
    PEAK_RSS = "peak RSS"  # the child's peak resident memory above its start


@dataclass(frozen=True)
class Curve:
    """Every sample of one program (the submission or the reference) over the plan's sizes."""

    samples: tuple[CurveSample, ...]
    budget_seconds: float
    # the allocation pass: (size, peak traced bytes during the call), one sample per size
    allocations: tuple[tuple[int, int], ...] = ()
    # the counted pass (--counts): (size, instructions of the call under callgrind), one per size
    instructions: tuple[tuple[int, int], ...] = ()

    def values(self, kind: str) -> dict[int, list[float]]:
        """size -> the repeats that finished ('time' in seconds, 'memory' in bytes: the traced
        allocations where they are believed, else peak RSS)."""
        found: dict[int, list[float]] = {}
        if kind == "memory" and self.memory_measure is MemoryMeasure.ALLOCATIONS:
            finished = set(self._finished_sizes())
            return {size: [float(peak)] for size, peak in self.allocations if size in finished}
        for sample in self.samples:
            if sample.status is SampleStatus.OK:
                value = sample.cpu_seconds if kind == "time" else float(max(sample.peak_bytes, 4096))
                found.setdefault(sample.size, []).append(value)
        return found

    @property
    def memory_measure(self) -> MemoryMeasure:
        """Allocations when the pass traced at least MIN_TRACED sizes that finished and the
        runner's RSS confirms the figure at each; else peak RSS."""
        traced = dict(self.allocations)
        sizes = [size for size in self._finished_sizes() if size in traced]
        if len(sizes) < MIN_TRACED:
            return MemoryMeasure.PEAK_RSS
        for size in sizes:
            runs = [s for s in self.samples if s.size == size and s.status is SampleStatus.OK]
            rss = statistics.median(s.peak_bytes for s in runs)
            output = max(s.output_bytes for s in runs)
            if rss > RSS_OVER_TRACED * traced[size] + RSS_SLACK_BYTES + RSS_OVER_OUTPUT * output:
                return MemoryMeasure.PEAK_RSS
        return MemoryMeasure.ALLOCATIONS

    def _finished_sizes(self) -> list[int]:
        return sorted({s.size for s in self.samples if s.status is SampleStatus.OK})

    def medians(self, kind: str) -> dict[int, float]:
        """size -> the median of the repeats that finished."""
        return {size: statistics.median(found) for size, found in sorted(self.values(kind).items())}

    @property
    def cut_off_at(self) -> int | None:
        """The smallest size that ran out of time or memory, if any."""
        over = [s.size for s in self.samples if s.status is SampleStatus.OVER_BUDGET]
        return min(over) if over else None

    @property
    def failed(self) -> bool:
        return any(sample.status is SampleStatus.FAILED for sample in self.samples)


class GrowthVerdictKind(StrEnum):
    AS_EXPECTED = "as expected"
    BETTER = "better than expected"
    TOO_SLOW = "too slow"
    WRONG = "wrong answer"  # a growth sample's output disagreed with the reference's
    INCONCLUSIVE = "inconclusive"


@dataclass(frozen=True)
class GrowthVerdict:
    kind: GrowthVerdictKind
    message: str
    slope: float | None  # log-log slope of submission/reference time over the upper sizes
    ratios: tuple[tuple[int, float, bool], ...]  # (size, time ratio, a lower bound: cut off)


class SpaceVerdict(StrEnum):
    """The submission's memory class against the reference's, measured in the same run."""

    AS_EXPECTED = "as expected"
    TOO_BIG = "too big"
    SMALLER = "smaller than the reference's"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ComplexityReport:
    function: str
    grow: str
    expected_time: str  # as problem.toml says it to people, e.g. "O(n log k)"
    expected_time_class: str  # in n, e.g. "O(n)"
    expected_space: str
    expected_space_class: str
    submission: Curve
    reference: Curve
    time: GrowthFit
    memory: GrowthFit
    reference_time: GrowthFit
    reference_memory: GrowthFit
    verdict: GrowthVerdict
    measured_seconds: float
    space: SpaceVerdict = SpaceVerdict.UNKNOWN
    # the class of the counted instructions (--counts); exact where the timed one is a band
    counted: GrowthFit | None = None
    # the plan's second parameter swept at a fixed n (complexity/sweep.py)
    second: SecondSweepReport | None = None

    @property
    def too_slow(self) -> bool:
        return self.verdict.kind is GrowthVerdictKind.TOO_SLOW

    @property
    def failed(self) -> bool:
        """Too slow, or a wrong answer on a growth input (in n or in the second parameter):
        either fails the submission."""
        return self.verdict.kind in (GrowthVerdictKind.TOO_SLOW, GrowthVerdictKind.WRONG)
