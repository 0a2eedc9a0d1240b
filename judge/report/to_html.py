"""`--report DIR`: report.html, growth-time.png, growth-memory.png and report.json.

The plots (matplotlib, Agg) use log-log axes: every sample, the medians, the fitted curves of
the best candidate classes, and the expected class as a reference line through the
reference's largest measurement. cli/output.py writes them (this module only draws). Every
text on the page goes through ``safe_text.for_html``: a message or a file name is text, never
a tag.
"""

from __future__ import annotations

from judge.complexity.growth import Growth, GrowthFit, shape
from judge.complexity.records import ComplexityReport, Curve
from judge.complexity.sweep import SecondSweepReport, in_label
from judge.models import Report, TestResult, Visibility
from judge.report import difference
from judge.report.safe_text import for_html
from judge.report.summary import summary_line, test_label


def plots(report: Report) -> dict[str, bytes]:
    """The growth plots as PNG files by name (none without a growth measurement)."""
    if report.complexity is None:
        return {}
    found = {
        "growth-time.png": plot(report.complexity, "time"),
        "growth-memory.png": plot(report.complexity, "memory"),
    }
    if report.complexity.second is not None:
        found[second_plot_name(report.complexity.second)] = plot_second(report.complexity.second)
    return found


def second_plot_name(second: SecondSweepReport) -> str:
    return f"growth-time-{second.grow}.png" if second.grow.isidentifier() else "growth-time-m.png"


def plot_second(second: SecondSweepReport) -> bytes:
    """Time against the second parameter at its fixed n: both programs' medians, log-log."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7.5, 4.8), dpi=110)
    try:
        for curve, name, color in (
            (second.submission, "submission", "C0"),
            (second.reference, "reference", "C1"),
        ):
            medians = curve.medians("time")
            axes.plot(list(medians), list(medians.values()), "o-", color=color, label=name)
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel(f"{second.grow} (n = {second.at_n:,})")
        axes.set_ylabel("CPU seconds")
        axes.set_title(f"time in {second.grow}: {in_label(second.time.label, second.grow)}")
        axes.grid(True, which="both", alpha=0.25)
        axes.legend(fontsize=8)
        return png(figure)
    finally:
        pyplot.close(figure)


def plot(report: ComplexityReport, kind: str) -> bytes:

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7.5, 4.8), dpi=110)
    try:
        fit = report.time if kind == "time" else report.memory
        scale = 1.0 if kind == "time" else 1 / (1 << 20)
        unit = "CPU seconds" if kind == "time" else "peak memory above start (MiB)"
        for curve, name, color in (
            (report.submission, "submission", "C0"),
            (report.reference, "reference", "C1"),
        ):
            values = curve.values(kind)
            xs = [size for size, found in values.items() for _ in found]
            ys = [value * scale for found in values.values() for value in found]
            axes.scatter(xs, ys, s=10, alpha=0.35, color=color)
            medians = curve.medians(kind)
            axes.plot(list(medians), [y * scale for y in medians.values()], "o-", color=color, label=name)
            if curve.cut_off_at and kind == "time":
                axes.axvline(
                    curve.cut_off_at,
                    color=color,
                    linestyle=":",
                    label=f"{name}: over {curve.budget_seconds:g} s",
                )
        _candidates(axes, fit, report.submission.values(kind), scale)
        _expected(axes, report, kind, scale)
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel(f"n ({report.grow})")
        axes.set_ylabel(unit)
        axes.set_title(f"{kind}: {fit.label if fit.growth else 'unknown'}")
        axes.grid(True, which="both", alpha=0.25)
        axes.legend(fontsize=8)
        return png(figure)
    finally:
        pyplot.close(figure)


def png(figure: object) -> bytes:
    import io

    buffer = io.BytesIO()
    figure.tight_layout()  # type: ignore[attr-defined]
    figure.savefig(buffer, format="png")  # type: ignore[attr-defined]
    return buffer.getvalue()


def _candidates(axes: object, fit: GrowthFit, values: dict[int, list[float]], scale: float) -> None:
    if not fit.fits or not values:
        return
    sizes = sorted(values)
    dense = [sizes[0] * (sizes[-1] / sizes[0]) ** (i / 60) for i in range(61)]
    for index, candidate in enumerate(sorted(fit.fits, key=lambda item: item.bic)[:3]):
        function = shape(candidate.growth)
        ys = [(candidate.constant + candidate.factor * function(n)) * scale for n in dense]
        axes.plot(dense, ys, "--", linewidth=1, color=f"C{index + 2}", label=f"fit {candidate.growth.value}")  # type: ignore[attr-defined]


def _expected(axes: object, report: ComplexityReport, kind: str, scale: float) -> None:
    values = report.reference.medians(kind)
    if not values:
        return
    expected = Growth.parse(report.expected_time_class if kind == "time" else report.expected_space_class)
    function = shape(expected)
    largest = max(values)
    anchor = values[largest] / function(float(largest))
    sizes = sorted(values)
    ys = [anchor * function(float(n)) * scale for n in sizes]
    label = f"expected {report.expected_time if kind == 'time' else report.expected_space}"
    axes.plot(sizes, ys, ":", color="grey", linewidth=1.5, label=label)  # type: ignore[attr-defined]


def page(report: Report) -> str:
    rows = "".join(
        f"<tr><td>{for_html(test_label(r))}</td><td>{for_html(r.category)}</td>"
        f"<td class='{r.verdict.value}'>{r.verdict.value}</td>"
        f"<td>{'' if r.cpu_seconds is None else f'{r.cpu_seconds:.3f} s'}</td>"
        f"<td>{_detail(r)}</td></tr>"
        for r in report.results
    )
    growth = ""
    if report.complexity is not None:
        c = report.complexity
        growth = (
            "<h2>Growth</h2>"
            f"<p class='verdict'>{for_html(c.verdict.message)}</p>"
            f"<p>time: {for_html(c.time.label)} · reference {for_html(c.reference_time.label)} · "
            f"expected {for_html(c.expected_time)}<br>"
            + (f"counted instructions: {for_html(c.counted.label)}<br>" if c.counted is not None else "")
            + f"memory: {for_html(c.memory.label)} · "
            f"expected {for_html(c.expected_space)}</p>"
            "<img src='growth-time.png' alt='time against n'>"
            "<img src='growth-memory.png' alt='memory against n'>"
            f"{_samples_table(c.submission, c.reference)}"
            f"{_second_section(c.second) if c.second is not None else ''}"
        )
    tests = (
        f"<h2>Tests</h2><table><tr><th>test</th><th>category</th><th>verdict</th><th>CPU</th><th>detail</th></tr>{rows}</table>"
        if rows
        else ""
    )
    return (
        "<!doctype html><meta charset='utf-8'>"
        f"<title>{for_html(report.problem)}: {for_html(summary_line(report))}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}td,th{padding:2px 8px;"
        "text-align:left;vertical-align:top}td.AC{color:green}td.WA,td.RE,td.CE{color:#b00}"
        "img{max-width:100%}.verdict{font-weight:bold}pre{white-space:pre-wrap;margin:0}"
        "table.diff{border-collapse:collapse;margin:.3em 0}table.diff td,table.diff th{border:1px solid #ccc}"
        "</style>"
        f"<h1>{for_html(report.problem)} · {for_html(report.title)}</h1>"
        f"<p>{for_html(summary_line(report))}</p><p>submission {for_html(report.submission)} "
        f"(sha256 {report.submission_sha256[:12]}), {for_html(report.sandbox_note)}</p>"
        f"{tests}{growth}"
    )


def _detail(result: TestResult) -> str:
    """What a public test's failure says, and its diff; nothing of a hidden one."""
    if result.visibility is not Visibility.PUBLIC:
        return ""
    text = f"<pre>{for_html(result.message)}</pre>" if result.message else ""
    if result.difference is not None:
        text += difference.html(result.difference, result.message)
    return text


def _second_section(second: SecondSweepReport) -> str:
    name = for_html(second.grow)
    combined = (
        f"<br>time in (n, {name}): {for_html(second.combined)} ({for_html(second.model)})"
        if second.combined
        else ""
    )
    return (
        f"<h3>Growth with {name} at n = {second.at_n:,}</h3>"
        f"<p class='verdict'>{for_html(second.verdict.message)}</p>"
        f"<p>time in {name}: {for_html(in_label(second.time.label, second.grow))} · reference "
        f"{for_html(in_label(second.reference_time.label, second.grow))} · expected "
        f"{for_html(second.expected)}{combined}</p>"
        f"<img src='{second_plot_name(second)}' alt='time against {name}'>"
        f"{_samples_table(second.submission, second.reference, second.grow)}"
    )


def _samples_table(submission: Curve, reference: Curve, variable: str = "n") -> str:
    mine, theirs = submission.medians("time"), reference.medians("time")
    rows = []
    for size in sorted({s.size for s in submission.samples}):
        a = f"{mine[size] * 1000:.2f} ms" if size in mine else "—"
        b = f"{theirs[size] * 1000:.2f} ms" if size in theirs else "—"
        rows.append(f"<tr><td>{size:,}</td><td>{a}</td><td>{b}</td></tr>")
    head = f"<table><tr><th>{for_html(variable)}</th><th>submission</th><th>reference</th></tr>"
    return head + "".join(rows) + "</table>"
