"""`judge grade --html FILE`: one self-contained page (plots inlined as PNG) with the per-problem
table and, against a baseline, the old and new curves of each problem side by side. Every text
goes through ``safe_text.for_html`` (the repo, file names and messages are the submission's)."""

from __future__ import annotations

import base64

from judge.grading import task_score
from judge.grading.records import Comparison, GradeReport, ProblemGrade
from judge.report import difference, task_summary
from judge.report.safe_text import for_html
from judge.report.summary import summary_line, test_label
from judge.report.to_html import plot as plot_growth
from judge.report.to_html import png

STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
    ".passed{color:#1a7f37}.failed,.error{color:#cf222e}.missing{color:#9a6700}"
    "img.growth{max-width:48%}figure{display:inline-block;margin:.5em}pre{white-space:pre-wrap}"
)


def page(report: GradeReport) -> str:
    rows = "".join(_row(grade) for grade in report.problems)
    sections = "".join(
        _comparison(grade) for grade in report.problems if grade.comparison and grade.comparison.old
    )
    scored = task_score.by_problem(report)
    scores = (
        f"<h2>Correctness and performance</h2>{task_summary.html(scored)}{_growth_plots(report)}"
        if scored
        else ""
    )
    diffs = _differences(report)
    title = (
        f"mljudge: {report.passed}/{len(report.problems)} problems passed, "
        f"score {report.score:g}/{report.max_score:g}"
    )
    baseline = f" · baseline <code>{for_html(report.baseline)}</code>" if report.baseline else ""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{for_html(title)}</title>"
        f"<style>{STYLE}</style></head><body><h1>{for_html(title)}</h1>"
        f"<p>{for_html(report.repo)} · {for_html(report.sandbox)}{baseline}</p>"
        "<table><tr><th>problem</th><th>file</th><th>status</th><th>result</th><th>time class</th>"
        f"<th>memory class</th><th>score</th><th>baseline</th></tr>{rows}</table>{scores}{diffs}{sections}"
        "</body></html>\n"
    )


def _growth_plots(report: GradeReport) -> str:
    """Each measured problem's time curve (the same plot as `judge submit --report`)."""
    figures = []
    for grade in report.problems:
        growth = grade.report.complexity if grade.report else None
        if growth is None:
            continue
        image = base64.b64encode(plot_growth(growth, "time")).decode()
        figures.append(
            f"<figure><img class='growth' alt='time against n for {for_html(grade.slug)}' "
            f"src='data:image/png;base64,{image}'><figcaption>{for_html(grade.slug)}: "
            f"{for_html(growth.verdict.message)}</figcaption></figure>"
        )
    return "".join(figures)


def _differences(report: GradeReport) -> str:
    """The public tests' diffs, the first few of each failed problem."""
    parts = []
    for grade in report.problems:
        for result in difference.shown_in_summary(grade.report):
            assert result.difference is not None
            parts.append(
                f"<h3>{for_html(grade.slug)} · {for_html(test_label(result))} "
                f"({for_html(result.verdict.description)})</h3><pre>{for_html(result.message)}</pre>"
                f"{difference.html(result.difference, result.message)}"
            )
    return f"<h2>Differences on public tests</h2>{''.join(parts)}" if parts else ""


def _row(grade: ProblemGrade) -> str:
    growth = grade.report.complexity if grade.report else None
    cells = [
        grade.slug,
        grade.file or "—",
        grade.status.value,
        summary_line(grade.report) if grade.report else grade.message,
        growth.time.label if growth else "—",
        growth.memory.label if growth else "—",
        f"{grade.score:g}/{grade.max_score:g}",
        grade.comparison.message if grade.comparison else "—",
    ]
    rendered = "".join(
        f"<td class='{grade.status.value}'>{for_html(cell)}</td>"
        if index == 2
        else f"<td>{for_html(cell)}</td>"
        for index, cell in enumerate(cells)
    )
    return f"<tr>{rendered}</tr>"


def _comparison(grade: ProblemGrade) -> str:
    comparison = grade.comparison
    assert comparison is not None
    image = base64.b64encode(plot(grade.slug, comparison)).decode()
    return (
        f"<h2>{for_html(grade.slug)}: {for_html(comparison.kind.value)}</h2>"
        f"<p>{for_html(comparison.message)}</p>"
        f"<img alt='baseline and current time curves of {for_html(grade.slug)}' "
        f"src='data:image/png;base64,{image}'>"
    )


def plot(slug: str, comparison: Comparison) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (left, right) = pyplot.subplots(1, 2, figsize=(11, 4.2), dpi=100, sharey=True)
    try:
        for axes, values, name, color in (
            (left, comparison.old, "baseline", "C1"),
            (right, comparison.new, "now", "C0"),
        ):
            axes.plot(list(values), list(values.values()), "o-", color=color, label=name)
            other = comparison.new if name == "baseline" else comparison.old
            axes.plot(list(other), list(other.values()), ":", color="grey", label="the other run")
            axes.set_xscale("log")
            axes.set_yscale("log")
            axes.set_xlabel("n")
            axes.set_title(f"{slug}: {name}")
            axes.grid(True, which="both", alpha=0.25)
            axes.legend(fontsize=8)
        left.set_ylabel(
            "instructions (callgrind)" if comparison.measure == "instructions" else "CPU seconds (median)"
        )
        return png(figure)
    finally:
        pyplot.close(figure)
