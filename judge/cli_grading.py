"""The commands for practice repos and records: grade, grade-many, baseline save, history, stats.
Thin like judge/cli.py: parse, call one function, render, exit."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from judge import paths, problems
from judge.errors import ExitCode, JudgeError, UsageError
from judge.report.safe_text import for_terminal

if TYPE_CHECKING:
    from judge.models import Report

GRADE_SANDBOX = click.Choice(["docker", "local"])
LOCAL_WARNING = (
    "warning: --sandbox local runs the submissions as plain processes on this machine "
    "(rlimits only, no isolation): use it only for code you trust"
)


def _note(line: str) -> None:
    click.echo(for_terminal(line), err=True)


def _output_path(value: Path | None, flag: str) -> Path | None:
    """Fail before grading when an output file cannot be written later."""
    if value is None:
        return None
    if value.is_dir():
        raise UsageError(f"{value}: is a directory; {flag} takes a file path")
    if not value.parent.is_dir():
        raise UsageError(f"{value.parent}: no such directory for {flag}; create it first")
    return value


def record_history(
    report: Report, command: str, score: float | None = None, max_score: float | None = None
) -> None:
    """Record an attempt; a history that cannot be written costs a warning, never the result."""
    from judge import history
    from judge.report import json as json_report
    from judge.report import text as text_report

    try:
        history.record(
            report,
            command,
            json_report.render(report),
            text_report.render(report, width=100, color=False),
            score,
            max_score,
        )
    except JudgeError as error:
        _note(f"warning: not recorded in the history: {error.message}")


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("repo", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
    @click.option(
        "--sandbox",
        type=GRADE_SANDBOX,
        default="docker",
        show_default=True,
        help="docker; local only when asked for (untrusted code needs docker).",
    )
    @click.option("--json", "json_file", type=click.Path(path_type=Path), help="Write the results as JSON.")
    @click.option("--junit", "junit_file", type=click.Path(path_type=Path), help="Write JUnit XML.")
    @click.option(
        "--junit-family",
        type=click.Choice(["xunit2", "xunit1"]),
        default="xunit2",
        show_default=True,
        help="xunit2: valid against Jenkins' junit-10.xsd; xunit1: adds file and line to each "
        "testcase, for annotation tools that read them.",
    )
    @click.option(
        "--markdown", "markdown_file", type=click.Path(path_type=Path), help="Write a Markdown summary."
    )
    @click.option(
        "--gradescope",
        "gradescope_file",
        type=click.Path(path_type=Path),
        help="Write Gradescope's results.json.",
    )
    @click.option("--html", "html_file", type=click.Path(path_type=Path), help="Write an HTML page.")
    @click.option(
        "--baseline",
        "baseline_file",
        type=click.Path(path_type=Path),
        help="Fail on a complexity regression against this baseline.",
    )
    @click.option(
        "--max-slowdown",
        type=click.FloatRange(1.0, min_open=True),
        default=1.5,
        show_default=True,
        help="With --baseline: fail when the time at the largest n grew by this factor.",
    )
    @click.option("--no-complexity", is_flag=True, help="Only the tests: do not measure growth.")
    def grade(
        repo: Path,
        sandbox: str,
        json_file: Path | None,
        junit_file: Path | None,
        junit_family: str,
        markdown_file: Path | None,
        gradescope_file: Path | None,
        html_file: Path | None,
        baseline_file: Path | None,
        max_slowdown: float,
        no_complexity: bool,
    ) -> None:
        """Grade a practice repo: every problem in judge.toml (or solutions/<slug>.py).

        Exit 0 when every problem passed, 1 when one failed or is missing, 2 bad input,
        3 a broken problem package, 4 the sandbox or the judge failed.
        """
        from judge import baseline, grading, progress
        from judge.report import grade_html, grade_json, grade_text, gradescope, junit, markdown

        outputs = {
            flag: _output_path(path, flag)
            for flag, path in (
                ("--json", json_file),
                ("--junit", junit_file),
                ("--markdown", markdown_file),
                ("--gradescope", gradescope_file),
                ("--html", html_file),
            )
        }
        if sandbox == "local":
            _note(LOCAL_WARNING)
        recorded = baseline.load(baseline_file) if baseline_file else None
        if recorded is not None and no_complexity:
            raise UsageError("--baseline compares growth; it cannot run with --no-complexity")
        options = grading.GradeOptions(
            sandbox=sandbox,
            complexity=not no_complexity,
            baseline=recorded,
            baseline_path=str(baseline_file) if baseline_file else None,
            max_slowdown=max_slowdown,
        )
        with progress.GradeReporter() as reporter:
            report = grading.grade_repo(repo, options, reporter.on_event)
        for grade_of in report.problems:
            if grade_of.report is not None:
                record_history(grade_of.report, "grade", grade_of.score, grade_of.max_score)
        renderers = {
            "--json": grade_json.render,
            "--junit": lambda graded: junit.render(graded, junit_family),
            "--markdown": markdown.render,
            "--gradescope": gradescope.render,
        }
        unwritten = []
        for flag, path in outputs.items():
            if path is None:
                continue
            try:  # one output that cannot be written must not cost the others, nor the result
                if flag == "--html":
                    grade_html.write(report, path)
                else:
                    paths.write_atomic(path, renderers[flag](report))
            except (JudgeError, OSError) as error:
                reason = error.message if isinstance(error, JudgeError) else str(error)
                unwritten.append(f"{flag} {path}: not written ({reason})")
                continue
            _note(f"wrote {path}")
        click.echo(grade_text.render(report, width=_width(), color=sys.stdout.isatty()), nl=False)
        for line in unwritten:
            click.echo(f"error: {for_terminal(line)}", err=True)
        sys.exit(int(ExitCode.JUDGE_FAILED) if unwritten else int(report.exit_code()))

    @cli.command("grade-many")
    @click.argument("repos_file", type=click.Path(path_type=Path, dir_okay=False))
    @click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1, 32),
        default=1,
        show_default=True,
        help="At most this many sandboxes at once.",
    )
    @click.option(
        "--out",
        "out_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default="grades",
        show_default=True,
        help="Where the per-repo results and the summaries go.",
    )
    @click.option("--sandbox", type=GRADE_SANDBOX, default="docker", show_default=True)
    @click.option("--no-complexity", is_flag=True, help="Only the tests: do not measure growth.")
    def grade_many(repos_file: Path, jobs: int, out_dir: Path, sandbox: str, no_complexity: bool) -> None:
        """Grade every repo listed in REPOS_FILE (directories or git URLs, one per line)."""
        from judge import batch, grading, progress

        sources = batch.read_sources(repos_file)
        if sandbox == "local":
            _note(LOCAL_WARNING)
        options = grading.GradeOptions(sandbox=sandbox, complexity=not no_complexity)
        with progress.BatchReporter(len(sources)) as reporter:
            result = batch.grade_many(sources, options, out_dir, jobs, reporter.on_done, threading.Event())
        outcomes = result.outcomes
        if result.interrupted:
            _note("interrupted: no more repos started, the running ones stopped and cleaned up")
        for outcome in outcomes:
            if outcome.report is not None:
                for grade_of in outcome.report.problems:
                    if grade_of.report is not None:
                        record_history(grade_of.report, "grade-many", grade_of.score, grade_of.max_score)
        click.echo(batch.summary_csv(outcomes), nl=False)
        _note(f"wrote {out_dir / 'summary.csv'}, {out_dir / 'summary.json'} and one <repo>.json per repo")
        sys.exit(int(batch.overall_exit(outcomes)))

    @cli.group("baseline")
    def baseline_group() -> None:
        """Record growth baselines, to catch complexity regressions with `grade --baseline`."""

    @baseline_group.command("save")
    @click.argument("repo", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
    @click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
    @click.option("--sandbox", type=GRADE_SANDBOX, default="docker", show_default=True)
    def baseline_save(repo: Path, out_file: Path, sandbox: str) -> None:
        """Measure each problem's growth in REPO and write it to --out (JSON, sorted keys)."""
        from judge import baseline, grading, progress

        _output_path(out_file, "--out")
        if sandbox == "local":
            _note(LOCAL_WARNING)
        options = grading.GradeOptions(sandbox=sandbox, tests=False)
        with progress.GradeReporter() as reporter:
            report = grading.grade_repo(repo, options, reporter.on_event)
        entries = [
            baseline.entry_from(grade_of.slug, grade_of.report.submission_sha256, grade_of.report.complexity)
            for grade_of in report.problems
            if grade_of.report is not None and grade_of.report.complexity is not None
        ]
        for grade_of in report.problems:
            growth = grade_of.report.complexity if grade_of.report else None
            label = f"{growth.time.label} time, {growth.memory.label} memory" if growth else grade_of.message
            click.echo(f"{grade_of.slug}: {label}")
        if not entries:
            raise UsageError(f"{repo}: no problem's growth could be measured; nothing to record")
        baseline.write(out_file, entries)
        click.echo(f"wrote {out_file} ({len(entries)} problems)")
        sys.exit(int(ExitCode.JUDGE_FAILED) if report.exit_code() is ExitCode.JUDGE_FAILED else 0)

    @cli.command()
    @click.argument("args", nargs=-1)
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.option("--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
    def history(args: tuple[str, ...], as_json: bool, limit: int) -> None:
        """List past attempts (`judge history [SLUG]`) or print one again (`judge history show ID`)."""
        from judge import history as store
        from judge.report import history as history_report

        path = _history_path()
        if args and args[0] == "show":
            if len(args) != 2 or not args[1].lstrip("#").isdigit():
                raise UsageError("usage: judge history show ID (the number `judge history` lists)")
            attempt, report_json, report_text = store.stored_report(path, int(args[1].lstrip("#")))
            click.echo(
                report_json if as_json else history_report.render_attempt(attempt, report_text), nl=False
            )
            if as_json:
                click.echo()
            return
        if len(args) > 1:
            raise UsageError("usage: judge history [SLUG] or judge history show ID")
        if args:
            problems.find(args[0])  # a mistyped slug gets a did-you-mean, not an empty list
        found = store.attempts(path, args[0] if args else None, limit)
        click.echo(
            history_report.render_json(found) if as_json else history_report.render_list(found), nl=False
        )

    @cli.command()
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    def stats(as_json: bool) -> None:
        """Per-problem best results over every recorded attempt."""
        from judge import history as store
        from judge.report import history as history_report

        found = store.stats(_history_path())
        click.echo(
            history_report.render_stats_json(found) if as_json else history_report.render_stats(found),
            nl=False,
        )


def _history_path() -> Path:
    from judge import history as store

    path = store.location()
    if path is None:
        raise UsageError("the history is turned off (JUDGE_HISTORY=off); unset it to record attempts")
    return path


def _width() -> int:
    import shutil

    return max(80, min(shutil.get_terminal_size((100, 24)).columns, 140))
