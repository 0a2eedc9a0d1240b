"""The complexity section of the terminal report: samples, plots, classes and the verdict."""

from __future__ import annotations

import math

from judge.complexity.growth import GrowthFit
from judge.complexity.records import ComplexityReport, Curve, GrowthVerdictKind, SampleStatus, SpaceVerdict
from judge.complexity.sweep import PRODUCT, SUM, SecondSweepReport, in_label
from judge.report.ascii_plot import loglog

VERDICT_MARKS = {
    GrowthVerdictKind.AS_EXPECTED: "ok",
    GrowthVerdictKind.BETTER: "ok",
    GrowthVerdictKind.TOO_SLOW: "FAIL",
    GrowthVerdictKind.WRONG: "FAIL",
    GrowthVerdictKind.INCONCLUSIVE: "??",
}


def render(report: ComplexityReport, plot: bool = True) -> str:
    sizes = sorted({sample.size for sample in report.submission.samples})
    rounds = max((sample.round for sample in report.submission.samples), default=0)
    lines = [
        f"Growth with n = {report.grow} ({report.function}; {len(sizes)} sizes x {rounds} rounds, "
        f"median CPU time; measured in {report.measured_seconds:.1f} s)",
        f"{'n':>10}  {'submission':>12}  {'reference':>12}  {'ratio':>7}  {'memory':>10}",
    ]
    mine, theirs = report.submission.medians("time"), report.reference.medians("time")
    memory = report.submission.medians("memory")
    for size in sizes:
        ratio = f"{mine[size] / max(theirs[size], 1e-9):.2f}" if size in mine and size in theirs else ""
        peak = _bytes(memory[size]) if size in memory else ""
        lines.append(
            f"{size:>10,}  {_time(report.submission, size):>12}  {_time(report.reference, size):>12}"
            f"  {ratio:>7}  {peak:>10}"
        )
    if plot:
        drawn = loglog(
            [
                ("submission", "#", list(mine.items())),
                ("reference", "o", list(theirs.items())),
            ]
        )
        if drawn:
            lines.append("")
            lines.append(drawn)
            lines.append("")
    lines.append(
        f"time:   {_fit(report.time)} · reference {report.reference_time.label} · "
        f"expected {report.expected_time}"
        + (
            f" ({report.expected_time_class} in n)"
            if report.expected_time != report.expected_time_class
            else ""
        )
    )
    if report.counted is not None:
        counted = report.submission.instructions
        span = f"n = {counted[0][0]:,}..{counted[-1][0]:,}" if counted else ""
        lines.append(f"counts: {_counted(report.counted)} (instructions under callgrind, {span})")
    space = f" · {report.space.value}" if report.space is not SpaceVerdict.UNKNOWN else ""
    lines.append(
        f"memory: {_fit(report.memory)} ({report.submission.memory_measure.value}) · "
        f"reference {report.reference_memory.label} · expected {report.expected_space}{space}"
    )
    if report.second is not None:
        lines.extend(_second(report.second, plot))
    lines.append(f"growth: [{VERDICT_MARKS[report.verdict.kind]}] {report.verdict.message}")
    return "\n".join(lines) + "\n"


def _second(second: SecondSweepReport, plot: bool) -> list[str]:
    """The second parameter's sweep: its samples, plot, class, verdict and the combination."""
    name = second.grow
    sizes = sorted({sample.size for sample in second.submission.samples})
    lines = [
        "",
        f"Growth with {name} at n = {second.at_n:,} ({len(sizes)} sizes, median CPU time)",
        f"{name:>10}  {'submission':>12}  {'reference':>12}  {'ratio':>7}",
    ]
    mine, theirs = second.submission.medians("time"), second.reference.medians("time")
    for size in sizes:
        ratio = f"{mine[size] / max(theirs[size], 1e-9):.2f}" if size in mine and size in theirs else ""
        mine_text, theirs_text = _time(second.submission, size), _time(second.reference, size)
        lines.append(f"{size:>10,}  {mine_text:>12}  {theirs_text:>12}  {ratio:>7}")
    if plot:
        drawn = loglog([("submission", "#", list(mine.items())), ("reference", "o", list(theirs.items()))])
        if drawn:
            lines.extend(["", drawn.replace("n=", f"{name}="), ""])
    measured, reference = in_label(_fit(second.time), name), in_label(second.reference_time.label, name)
    lines.append(f"time in {name}: {measured} · reference {reference} · expected {second.expected}")
    if second.combined:
        errors = [(p.product_error, p.sum_error) for p in second.joint]
        product = max(math.exp(e) - 1 for e, _ in errors)
        total = max(math.exp(e) - 1 for _, e in errors)
        chosen, other = (product, total) if second.model == PRODUCT else (total, product)
        lines.append(
            f"time in (n, {name}): {second.combined} ({second.model} of the two: {len(errors)} joint points "
            f"within {chosen:.0%} of it, {other:.0%} off as a {SUM if second.model == PRODUCT else PRODUCT})"
        )
    lines.append(f"growth in {name}: [{VERDICT_MARKS[second.verdict.kind]}] {second.verdict.message}")
    return lines


def _fit(fit: GrowthFit) -> str:
    if fit.growth is None:
        return f"unknown ({fit.reason})"
    exponent = f", exponent {fit.exponent:.2f}" if fit.exponent is not None else ""
    return f"{fit.label} (confidence {fit.confidence:.0%}{exponent})"


def _counted(fit: GrowthFit) -> str:
    if fit.growth is None:
        return f"unknown ({fit.reason})"
    return fit.label + (" (exact)" if fit.band is None else "")


def _time(curve: Curve, size: int) -> str:
    statuses = {sample.status for sample in curve.samples if sample.size == size}
    median = curve.medians("time").get(size)
    if median is not None:
        return f"{median * 1000:.2f} ms"
    if SampleStatus.OVER_BUDGET in statuses:
        return f"> {curve.budget_seconds:g} s"
    if SampleStatus.SKIPPED in statuses:
        return "not run"
    return "failed"


def _bytes(value: float) -> str:
    for scale, name in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if value >= scale:
            return f"{value / scale:.1f} {name}"
    return f"{value:.0f} B"
