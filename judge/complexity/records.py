"""The records of a growth measurement: raw samples, the two curves, the fits and the verdict."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from enum import StrEnum

from judge.complexity.growth import GrowthFit


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


@dataclass(frozen=True)
class Curve:
    """Every sample of one program (the submission or the reference) over the plan's sizes."""

    samples: tuple[CurveSample, ...]
    budget_seconds: float

    def values(self, kind: str) -> dict[int, list[float]]:
        """size -> the repeats that finished ('time' in seconds, 'memory' in bytes)."""
        found: dict[int, list[float]] = {}
        for sample in self.samples:
            if sample.status is SampleStatus.OK:
                value = sample.cpu_seconds if kind == "time" else float(max(sample.peak_bytes, 4096))
                found.setdefault(sample.size, []).append(value)
        return found

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

    @property
    def too_slow(self) -> bool:
        return self.verdict.kind is GrowthVerdictKind.TOO_SLOW

    @property
    def failed(self) -> bool:
        """Too slow, or a wrong answer on a growth input: either fails the submission."""
        return self.verdict.kind in (GrowthVerdictKind.TOO_SLOW, GrowthVerdictKind.WRONG)
