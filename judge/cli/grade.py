"""The commands for practice repos: `judge grade`, `grade-many` and `baseline save`."""

from __future__ import annotations

import os
import secrets
import sys
import threading
from pathlib import Path

import click

from judge.cli import history, output, progress, terminal
from judge.errors import ExitCode, UsageError
from judge.grading import baseline, batch, grader
from judge.grading.records import GradeReport, RepoOutcome, batch_exit_code
from judge.models import GrowthMode
from judge.report import batch as batch_report
from judge.report import github_annotations, grade_html, grade_json, grade_text, gradescope, junit, markdown

GRADE_SANDBOX = click.Choice(["docker", "local"])
LOCAL_WARNING = (
    "warning: --sandbox local runs the submissions as plain processes on this machine "
    "(rlimits only, no isolation): use it only for code you trust"
)


@click.command("grade")
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
    type=click.Choice(junit.FAMILIES),
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
@click.option(
    "--hidden-visibility",
    type=click.Choice(gradescope.VISIBILITIES),
    default=gradescope.HIDDEN_VISIBILITY,
    show_default=True,
    help="With --gradescope: when students see the hidden tests' rows (id, category, verdict; "
    "never their inputs).",
)
@click.option(
    "--score-visibility",
    type=click.Choice(gradescope.VISIBILITIES),
    default=gradescope.SCORE_VISIBILITY,
    show_default=True,
    help="With --gradescope: results.json's top-level visibility, for the whole result and its score.",
)
@click.option(
    "--annotations",
    type=click.Choice(["github"]),
    help="Also print GitHub workflow commands, so failures show on the pull request's diff.",
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
def grade_command(
    repo: Path,
    sandbox: str,
    json_file: Path | None,
    junit_file: Path | None,
    junit_family: str,
    markdown_file: Path | None,
    gradescope_file: Path | None,
    hidden_visibility: str,
    score_visibility: str,
    annotations: str | None,
    html_file: Path | None,
    baseline_file: Path | None,
    max_slowdown: float,
    no_complexity: bool,
) -> None:
    """Grade a practice repo: every problem in judge.toml (or solutions/<slug>.py).

    Exit 0 when every problem passed, 1 when one failed or is missing, 2 bad input,
    3 a broken problem package, 4 the sandbox or the judge failed.
    """
    requested = {
        "--json": output.check_file(json_file, "--json"),
        "--junit": output.check_file(junit_file, "--junit"),
        "--markdown": output.check_file(markdown_file, "--markdown"),
        "--gradescope": output.check_file(gradescope_file, "--gradescope"),
        "--html": output.check_file(html_file, "--html"),
    }
    _visibility_needs_gradescope(gradescope_file)
    # What a submission printed is echoed below; on GitHub a line of it starting with `::`
    # would be a workflow command. Commands stay off except for our own annotations.
    token = _stop_commands() if annotations == "github" else None
    if sandbox == "local":
        terminal.note(LOCAL_WARNING)
    recorded = baseline.load(baseline_file) if baseline_file else None
    if recorded is not None and no_complexity:
        raise UsageError("--baseline compares growth; it cannot run with --no-complexity")
    options = grader.GradeOptions(
        sandbox=sandbox,
        growth=GrowthMode.OFF if no_complexity else GrowthMode.ON,
        baseline=recorded,
        baseline_path=str(baseline_file) if baseline_file else None,
        max_slowdown=max_slowdown,
    )
    with progress.GradeReporter() as reporter:
        report = grader.grade_repo(repo, options, reporter.on_event)
    _record(report, "grade")
    renderers = {
        "--json": grade_json.render,
        "--junit": lambda graded: junit.render(graded, junit_family),
        "--markdown": markdown.render,
        "--gradescope": lambda graded: gradescope.render(graded, hidden_visibility, score_visibility),
        "--html": grade_html.page,
    }
    chosen = {path: flag for flag, path in requested.items() if path is not None}
    unwritten = output.write_files({path: renderers[flag](report) for path, flag in chosen.items()}, chosen)
    for path in chosen:
        if not any(f" {path}: not written" in line for line in unwritten):
            terminal.note(f"wrote {path}")
    if token is not None:
        click.echo(f"::{token}::")
        click.echo(github_annotations.render(report, _relative(repo)), nl=False)
        _stop_commands()  # and never resumed: the rest of this step's output is text
    click.echo(grade_text.render(report, width=terminal.width(), color=terminal.color()), nl=False)
    for line in unwritten:  # one output that could not be written costs neither the others nor the result
        terminal.error(line)
    sys.exit(int(ExitCode.JUDGE_FAILED if unwritten else report.exit_code()))


def _visibility_needs_gradescope(gradescope_file: Path | None) -> None:
    context = click.get_current_context()
    for name in ("hidden_visibility", "score_visibility"):
        given = context.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
        if given and gradescope_file is None:
            flag = "--" + name.replace("_", "-")
            raise UsageError(f"{flag} sets the Gradescope results' visibility; add --gradescope FILE")


def _stop_commands() -> str:
    """GitHub's ::stop-commands:: with a token no submission can know; returns the token."""
    token = secrets.token_hex(16)
    click.echo(f"::stop-commands::{token}")
    sys.stdout.flush()  # before anything on stderr
    return token


def _relative(repo: Path) -> str:
    """The repo folder as GitHub names files: relative to the working directory."""
    try:
        return Path(os.path.relpath(repo.resolve(), Path.cwd().resolve())).as_posix()
    except ValueError:
        return repo.as_posix()


@click.command("grade-many")
@click.argument("repos_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 32),
    default=None,
    help="At most this many sandboxes at once on this machine.  [default: 1]",
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
@click.option(
    "--broker",
    metavar="URL",
    help="Grade on the `judge worker`s of this Redis (redis://HOST:PORT/DB) instead of here.",
)
@click.option(
    "--queue",
    default="mljudge",
    show_default=True,
    help="With --broker: the task queue the workers listen on.",
)
def grade_many_command(
    repos_file: Path,
    jobs: int | None,
    out_dir: Path,
    sandbox: str,
    no_complexity: bool,
    broker: str | None,
    queue: str,
) -> None:
    """Grade every repo listed in REPOS_FILE (directories or git URLs, one per line)."""
    if broker is not None:
        _check_cluster_flags(jobs, sandbox)
    sources = batch.read_sources(repos_file)
    output.prepare_folder(out_dir, "--out")
    if sandbox == "local":
        terminal.note(LOCAL_WARNING)
    growth = GrowthMode.OFF if no_complexity else GrowthMode.ON
    unwritten: list[str] = []
    lost = ""
    with progress.BatchReporter(len(sources)) as reporter:

        def done(outcome: RepoOutcome) -> None:
            unwritten.extend(output.write_repo_result(out_dir, outcome))  # kept even if interrupted later
            reporter.on_done(outcome)

        if broker is None:
            options = grader.GradeOptions(sandbox=sandbox, growth=growth)
            result = batch.grade_many(sources, options, jobs or 1, done, threading.Event())
        else:
            from judge.cluster import app, submit  # Celery only when a cluster is asked for

            sent = submit.grade_many(
                sources,
                app.parse_broker(broker, queue),
                growth,
                done,
                lambda state: reporter.on_running(state.running),
                terminal.note,
            )
            result, lost = sent.batch, sent.lost
    if result.interrupted:
        where = (
            "tasks revoked" if broker else "no more repos started, the running ones stopped and cleaned up"
        )
        terminal.note(f"interrupted: {where}")
    for outcome in result.outcomes:
        if outcome.report is not None:
            _record(outcome.report, "grade-many")
    unwritten += output.write_batch_summaries(out_dir, result.outcomes)
    click.echo(batch_report.summary_csv(result.outcomes), nl=False)
    terminal.note(f"wrote {out_dir / 'summary.csv'}, {out_dir / 'summary.json'} and one <repo>.json per repo")
    for line in ([lost] if lost else []) + unwritten:
        terminal.error(line)
    sys.exit(int(ExitCode.JUDGE_FAILED if unwritten or lost else batch_exit_code(result.outcomes)))


def _check_cluster_flags(jobs: int | None, sandbox: str) -> None:
    """--broker grades on the workers: how many at once is each worker's --concurrency, and
    untrusted code is graded in their Docker sandbox only."""
    from judge import cluster

    if jobs is not None:
        raise UsageError(
            "--jobs sets sandboxes on this machine; with --broker each `judge worker --concurrency N` "
            "sets how many it grades at once: drop --jobs"
        )
    if sandbox != "docker":
        raise UsageError("--broker grades in each worker's Docker sandbox; drop --sandbox local")
    cluster.require()


@click.group("baseline")
def baseline_group() -> None:
    """Record growth baselines, to catch complexity regressions with `grade --baseline`."""


@baseline_group.command("save")
@click.argument("repo", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--sandbox", type=GRADE_SANDBOX, default="docker", show_default=True)
@click.option(
    "--counts",
    is_flag=True,
    help="Also record instruction counts (callgrind): `grade --baseline` then compares counts, "
    "the same verdict on any machine.",
)
def baseline_save_command(repo: Path, out_file: Path, sandbox: str, counts: bool) -> None:
    """Measure each problem's growth in REPO and write it to --out (JSON, sorted keys)."""
    output.check_file(out_file, "--out")
    if sandbox == "local":
        terminal.note(LOCAL_WARNING)
    options = grader.GradeOptions(sandbox=sandbox, growth=GrowthMode.ONLY, counts=counts)
    with progress.GradeReporter() as reporter:
        report = grader.grade_repo(repo, options, reporter.on_event)
    entries = [
        baseline.entry_from(grade_of.slug, grade_of.report.submission_sha256, grade_of.report.complexity)
        for grade_of in report.problems
        if grade_of.report is not None and grade_of.report.complexity is not None
    ]
    for grade_of in report.problems:
        growth = grade_of.report.complexity if grade_of.report else None
        label = f"{growth.time.label} time, {growth.memory.label} memory" if growth else grade_of.message
        if growth is not None and growth.counted is not None:
            label += f", {growth.counted.label} counted ({growth.measured_seconds:.0f} s)"
        click.echo(f"{grade_of.slug}: {label}")
    if not entries:
        raise UsageError(f"{repo}: no problem's growth could be measured; nothing to record")
    baseline.write(out_file, entries)
    click.echo(f"wrote {out_file} ({len(entries)} problems)")
    sys.exit(int(ExitCode.JUDGE_FAILED) if report.exit_code() is ExitCode.JUDGE_FAILED else 0)


def _record(report: GradeReport, command: str) -> None:
    for grade_of in report.problems:
        if grade_of.report is not None:
            history.record(grade_of.report, command, grade_of.score, grade_of.max_score)
