"""Complexity baselines: record a repo's growth per problem, and compare a new run against it.

A change fails only when it is both clear and large (docs/grading.md):
- a worse class: the new time grows faster than the recorded one, judged like `too slow`
  (their ratio rises like n^0.3 or more and by 1.8x over the upper sizes), so a class label that
  flips between n and n log n from noise alone is not a regression;
- slower at the largest size both measured: each time is first divided by the reference's time
  in its own run (so a faster or slower machine cancels out), and the new median must exceed the
  old by ``max_slowdown`` (default 1.5x) with every new repeat above every old one.
Improvements (a better class, or faster by the same margins) are reported and never fail.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from judge import paths
from judge.complexity.growth import Growth, log_slope
from judge.complexity.records import ComplexityReport, Curve, CurveSample, GrowthVerdictKind, SampleStatus
from judge.complexity.verdict import compare as compare_growth
from judge.errors import UsageError
from judge.grading.records import Comparison, ComparisonKind

SCHEMA_VERSION = 1
MAX_SLOWDOWN = 1.5


@dataclass(frozen=True)
class Entry:
    """One problem's recorded growth."""

    slug: str
    submission_sha256: str
    time_class: str | None
    time_label: str
    memory_class: str | None
    exponent: float | None
    budget_seconds: float
    submission: dict[int, list[float]]  # n -> CPU seconds per repeat
    reference: dict[int, list[float]]
    # a counts baseline (`baseline save --counts`): n -> instructions of one call, and their class
    instructions: dict[int, int] = field(default_factory=dict)
    counted_class: str | None = None


@dataclass(frozen=True)
class Baseline:
    entries: dict[str, Entry]


def entry_from(slug: str, sha256: str, growth: ComplexityReport) -> Entry:
    return Entry(
        slug=slug,
        submission_sha256=sha256,
        time_class=growth.time.growth.value if growth.time.growth else None,
        time_label=growth.time.label,
        memory_class=growth.memory.growth.value if growth.memory.growth else None,
        exponent=None if growth.time.exponent is None else round(growth.time.exponent, 4),
        budget_seconds=growth.submission.budget_seconds,
        submission=growth.submission.values("time"),
        reference=growth.reference.values("time"),
        instructions=dict(growth.submission.instructions),
        counted_class=growth.counted.label if growth.counted and growth.counted.growth else None,
    )


def render(entries: list[Entry]) -> str:
    """The file's text: sorted keys, one value per line, so a change reads as a small diff."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "kind": "baseline",
        "problems": {
            entry.slug: {
                "submission_sha256": entry.submission_sha256,
                "time_class": entry.time_class,
                "time_label": entry.time_label,
                "memory_class": entry.memory_class,
                "exponent": entry.exponent,
                "budget_seconds": entry.budget_seconds,
                "submission_seconds": _samples_out(entry.submission),
                "reference_seconds": _samples_out(entry.reference),
            }
            | (
                {
                    "submission_instructions": {str(n): i for n, i in sorted(entry.instructions.items())},
                    "counted_class": entry.counted_class,
                }
                if entry.instructions
                else {}
            )
            for entry in entries
        },
    }
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def write(path: Path, entries: list[Entry]) -> None:
    """Renamed into place: an interrupted save leaves the old file, never half a new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            f"{paths.shown(path.parent)}: cannot be created ({error.strerror}); pick another --out"
        ) from None
    paths.write_atomic(path, render(entries), "pick another --out")


def load(path: Path) -> Baseline:
    shown = paths.shown(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(
            f"{shown}: no such file; record one with `judge baseline save --out {shown}`"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(
            f"{shown}: not a baseline file ({error}); record it again with `judge baseline save`"
        ) from None
    if not isinstance(document, dict) or document.get("kind") != "baseline":
        raise UsageError(
            f'{shown}: not a baseline file (no "kind": "baseline"); record one with `judge baseline save`'
        )
    if document.get("schema_version") != SCHEMA_VERSION:
        raise UsageError(
            f"{shown}: schema_version {document.get('schema_version')!r}, this judge reads "
            f"{SCHEMA_VERSION}; record the baseline again"
        )
    entries = {}
    try:
        for slug, item in document["problems"].items():
            entries[slug] = Entry(
                slug=slug,
                submission_sha256=str(item["submission_sha256"]),
                time_class=item["time_class"],
                time_label=str(item["time_label"]),
                memory_class=item["memory_class"],
                exponent=item["exponent"],
                budget_seconds=float(item["budget_seconds"]),
                submission=_samples_in(item["submission_seconds"]),
                reference=_samples_in(item["reference_seconds"]),
                instructions={int(n): int(i) for n, i in item.get("submission_instructions", {}).items()},
                counted_class=item.get("counted_class"),
            )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UsageError(
            f"{shown}: problems: malformed entry ({error!r}); record the baseline again"
        ) from None
    return Baseline(entries)


def _samples_out(samples: dict[int, list[float]]) -> dict[str, list[float]]:
    return {
        str(size): [float(f"{value:.6g}") for value in values] for size, values in sorted(samples.items())
    }


def _samples_in(samples: dict[str, list[float]]) -> dict[int, list[float]]:
    return {int(size): [float(value) for value in values] for size, values in samples.items()}


def compare(
    recorded: Baseline, slug: str, growth: ComplexityReport, max_slowdown: float = MAX_SLOWDOWN
) -> Comparison:
    new = growth.submission.values("time")
    new_medians = {size: statistics.median(values) for size, values in sorted(new.items())}
    old_entry = recorded.entries.get(slug)
    if old_entry is None:
        return Comparison(ComparisonKind.NOT_COMPARABLE, "not in the baseline", {}, new_medians)
    old_medians = {size: statistics.median(values) for size, values in sorted(old_entry.submission.items())}
    if old_entry.instructions:
        return compare_counts(old_entry, growth, max_slowdown)
    new_label = growth.time.label
    old_curve = _curve(old_entry.submission, old_entry.budget_seconds)
    against_old = compare_growth(
        growth.submission, old_curve, growth.time, Growth.LINEAR, old_entry.time_label
    )
    if against_old.kind is GrowthVerdictKind.TOO_SLOW:
        text = (
            f"worse class: {new_label} now, {old_entry.time_label} in the baseline "
            f"(time / baseline grows like n^{against_old.slope:.2f})"
        )
        return Comparison(ComparisonKind.WORSE_CLASS, text, old_medians, new_medians)
    new_reference = growth.reference.values("time")
    common = sorted(set(new) & set(old_entry.submission) & set(old_entry.reference) & set(new_reference))
    if not common:
        return Comparison(
            ComparisonKind.NOT_COMPARABLE, "no size measured in both runs", old_medians, new_medians
        )
    size = common[-1]
    old_scaled = _scaled(old_entry.submission[size], old_entry.reference[size])
    new_scaled = _scaled(new[size], new_reference[size])
    change = statistics.median(new_scaled) / statistics.median(old_scaled)
    at = f"at n = {size:,}: {change:.2f}x the baseline's time (each against its reference)"
    if change >= max_slowdown and min(new_scaled) > max(old_scaled):
        return Comparison(ComparisonKind.SLOWER, f"slower {at}", old_medians, new_medians, size, change)
    better_class = _rank(growth.time.growth) < _rank_of(old_entry.time_class) and not growth.time.band
    faster = change <= 1 / max_slowdown and max(new_scaled) < min(old_scaled)
    if better_class or faster:
        text = f"improved: {new_label} now, {old_entry.time_label} in the baseline; {at}"
        return Comparison(ComparisonKind.IMPROVED, text, old_medians, new_medians, size, change)
    text = f"unchanged: {new_label} (baseline {old_entry.time_label}); {at}"
    return Comparison(ComparisonKind.UNCHANGED, text, old_medians, new_medians, size, change)


# Counts repeat exactly on the same inputs, so any rise of new/old over the sizes is the code's;
# this much (log-log slope) is a faster-growing class, not a constant factor.
COUNT_CLASS_SLOPE = 0.15


def compare_counts(old_entry: Entry, growth: ComplexityReport, max_slowdown: float) -> Comparison:
    """Counts mode: instructions at the baseline's own sizes on the plan's fixed inputs, so the
    verdict is the same on any machine, however fast or busy. A worse class: the exact counted
    class is steeper, or new/old rises like n^COUNT_CLASS_SLOPE or more; slower: new/old at the
    largest common size reaches ``max_slowdown``, or a size the baseline counted no longer
    finishes within its budget."""
    new = dict(growth.submission.instructions)
    old = old_entry.instructions
    common = sorted(set(new) & set(old))
    old_medians = {n: float(i) for n, i in sorted(old.items())}
    new_medians = {n: float(i) for n, i in sorted(new.items())}
    measure = "instructions"
    counted = growth.counted
    new_label = counted.label if counted else "unknown"
    old_label = old_entry.counted_class or "unknown"
    lost = sorted(set(old) - set(new))
    if lost and (not common or lost[0] > common[-1]):
        text = f"slower: n = {lost[0]:,} was counted in the baseline and no longer finishes its budget"
        return Comparison(ComparisonKind.SLOWER, text, old_medians, new_medians, lost[0], None, measure)
    if len(common) < 2:
        text = "no two sizes counted in both runs (record the baseline again with --counts)"
        return Comparison(ComparisonKind.NOT_COMPARABLE, text, old_medians, new_medians, None, None, measure)
    ratios = [(size, new[size] / old[size]) for size in common]
    slope = log_slope(ratios)
    size, change = ratios[-1]
    at = f"at n = {size:,}: {change:.3f}x the baseline's instructions"
    exact = counted is not None and counted.band is None and counted.growth is not None
    old_rank = _rank_of(old_entry.counted_class) if old_entry.counted_class else 99
    steeper = exact and counted is not None and _rank(counted.growth) > old_rank
    if (slope is not None and slope >= COUNT_CLASS_SLOPE) or steeper:
        grows = f"n^{slope:.2f}" if slope is not None else "faster"
        text = (
            f"worse class: {new_label} now, {old_label} in the baseline "
            f"(instructions / baseline grow like {grows})"
        )
        return Comparison(ComparisonKind.WORSE_CLASS, text, old_medians, new_medians, size, change, measure)
    if change >= max_slowdown:
        return Comparison(
            ComparisonKind.SLOWER, f"slower {at}", old_medians, new_medians, size, change, measure
        )
    if (slope is not None and slope <= -COUNT_CLASS_SLOPE) or change <= 1 / max_slowdown:
        text = f"improved: {new_label} now, {old_label} in the baseline; {at}"
        return Comparison(ComparisonKind.IMPROVED, text, old_medians, new_medians, size, change, measure)
    text = f"unchanged: {new_label} (baseline {old_label}); {at}"
    return Comparison(ComparisonKind.UNCHANGED, text, old_medians, new_medians, size, change, measure)


def _scaled(values: list[float], reference: list[float]) -> list[float]:
    base = max(statistics.median(reference), 1e-9)
    return [value / base for value in values]


def _curve(samples: dict[int, list[float]], budget: float) -> Curve:
    found = [
        CurveSample(size, index + 1, SampleStatus.OK, value, 0)
        for size, values in sorted(samples.items())
        for index, value in enumerate(values)
    ]
    return Curve(tuple(found), budget)


def _rank(growth: Growth | None) -> int:
    return growth.rank if growth else -1


def _rank_of(text: str | None) -> int:
    try:
        return Growth.parse(text).rank if text else 99
    except ValueError:
        return 99
