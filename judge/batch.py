"""`judge grade-many`: grade many practice repos, at most N sandboxes at once.

REPOS_FILE lists one repo per line: a directory (relative to the file) or a git URL, cloned
into a temporary directory that is removed afterwards. Blank lines and # comments are skipped.
Each repo gets its own sandbox run after run; a repo that cannot be graded is reported and the
others go on. Results: one <name>.json per repo and a combined summary.csv and summary.json.

The first Ctrl-C or SIGTERM stops starting repos and stops the running ones within a second or
so (their containers removed); the summaries are still written, with the finished repos and
the rest marked ``interrupted``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from judge import grading, paths
from judge.errors import ExitCode, Interrupted, JudgeError, UsageError
from judge.grading import GradeOptions, GradeReport
from judge.report import grade_json

CLONE_SECONDS = 300
GIT_ERROR_LINES = 6
GIT_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|git@[^:]+:)")
SUMMARY_FIELDS = (
    "repo",
    "source",
    "status",
    "exit_code",
    "passed",
    "problems",
    "score",
    "max_score",
    "seconds",
    "message",
)


@dataclass(frozen=True)
class RepoSource:
    name: str  # unique, used for the result file
    location: str  # as REPOS_FILE wrote it
    path: Path | None  # a directory; None for a git URL


@dataclass(frozen=True)
class RepoOutcome:
    source: RepoSource
    report: GradeReport | None
    exit_code: ExitCode
    message: str = ""  # why it could not be graded

    @property
    def status(self) -> str:
        if self.exit_code is ExitCode.INTERRUPTED:
            return "interrupted"
        if self.report is None:
            return "error"
        return "passed" if self.exit_code is ExitCode.OK else "failed"


@dataclass(frozen=True)
class BatchResult:
    outcomes: list[RepoOutcome]  # one per source, in the listing's order
    interrupted: bool  # a Ctrl-C or SIGTERM stopped the batch; the rest are marked interrupted


def read_sources(listing: Path) -> list[RepoSource]:
    shown = paths.shown(listing)
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(
            f"{shown}: cannot be read ({error}); pass a text file with one repo per line"
        ) from None
    found: list[RepoSource] = []
    taken: set[str] = set()
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip() if not GIT_URL.match(raw.strip()) else raw.strip()
        if not line:
            continue
        is_url = bool(GIT_URL.match(line))
        path = None if is_url else (listing.parent / line)
        if path is not None and not path.is_dir():
            raise UsageError(f"{shown}:{number}: {line}: no such directory; fix the line or remove it")
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(line.rstrip("/")).name.removesuffix(".git")) or "repo"
        name, index = base, 2
        while name in taken:
            name, index = f"{base}-{index}", index + 1
        taken.add(name)
        found.append(RepoSource(name, line, path))
    if not found:
        raise UsageError(f"{shown}: lists no repos; write one directory or git URL per line")
    return found


def grade_many(
    sources: list[RepoSource],
    options: GradeOptions,
    out_dir: Path,
    jobs: int,
    on_done: Callable[[RepoOutcome], None] = lambda outcome: None,
    stop: threading.Event | None = None,
) -> BatchResult:
    """Grade every source with at most ``jobs`` at once; write the result files as each ends and
    the summaries at the end, also when interrupted (KeyboardInterrupt in the calling thread)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{out_dir}: cannot create the output directory ({error.strerror})") from None
    stop = stop or threading.Event()
    options = replace(options, cancel=stop)
    lock = threading.Lock()

    def work(source: RepoSource) -> RepoOutcome:
        if stop.is_set():
            return _interrupted(source, "not started")
        try:
            outcome = _grade_source(source, options, stop)
        except Interrupted:
            return _interrupted(source, "stopped while grading")
        if outcome.report is not None:
            paths.write_atomic(out_dir / f"{source.name}.json", grade_json.render(outcome.report))
        with lock:
            on_done(outcome)
        return outcome

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="grade")
    futures = [pool.submit(work, source) for source in sources]
    interrupted = False
    try:
        pending: set[Future[RepoOutcome]] = set(futures)
        while pending:  # short waits: the main thread must see Ctrl-C and SIGTERM at once
            _, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if interrupted:
            stop.set()
        _shut_down(pool)
    outcomes = [
        future.result() if future.done() and not future.cancelled() else _interrupted(source, "not started")
        for future, source in zip(futures, sources, strict=True)
    ]
    paths.write_atomic(out_dir / "summary.csv", summary_csv(outcomes))
    paths.write_atomic(out_dir / "summary.json", summary_json(outcomes))
    return BatchResult(outcomes, interrupted)


def _shut_down(pool: ThreadPoolExecutor) -> None:
    """Wait for the running repos to unwind (cancelled ones stop within a second); a second
    Ctrl-C must not skip the clean-up their threads are doing."""
    while True:
        try:
            pool.shutdown(wait=True, cancel_futures=True)
            return
        except KeyboardInterrupt:
            continue


def _interrupted(source: RepoSource, why: str) -> RepoOutcome:
    return RepoOutcome(source, None, ExitCode.INTERRUPTED, f"interrupted: {why}")


def _grade_source(source: RepoSource, options: GradeOptions, stop: threading.Event) -> RepoOutcome:
    workspace = None
    try:
        root = source.path
        if root is None:
            workspace = paths.make_temp_dir("clone")
            root = workspace / source.name
            _clone(source.location, root, stop)
        report = grading.grade_repo(root, options)
        return RepoOutcome(source, replace(report, repo=source.location), report.exit_code())
    except UsageError as error:  # the repo itself: no solutions, a bad manifest, a failed clone
        return RepoOutcome(source, None, ExitCode.SUBMISSION_FAILED, error.message)
    except JudgeError as error:
        return RepoOutcome(source, None, error.exit_code, error.message)
    except Exception as error:  # a judge bug must not stop the other repos, nor blame this one
        return RepoOutcome(
            source, None, ExitCode.JUDGE_FAILED, f"internal error: {type(error).__name__}: {error}"
        )
    finally:
        if workspace is not None:
            paths.remove_tree(workspace)


def _clone(url: str, into: Path, stop: threading.Event) -> None:
    """A shallow clone of ``url``; git's own first lines when it fails; stops with the batch."""
    command = ["git", "-c", "protocol.ext.allow=never", "clone", "--quiet", "--depth", "1", "--", url]
    try:
        process = subprocess.Popen(
            [*command, str(into)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except FileNotFoundError:
        raise UsageError("git is not installed; install it or list the repos as directories") from None
    deadline = time.monotonic() + CLONE_SECONDS
    try:
        while True:
            try:
                _, stderr = process.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stop.is_set():
                    raise Interrupted("stopped") from None
                if time.monotonic() > deadline:
                    raise UsageError(
                        f"{url}: git clone took over {CLONE_SECONDS} s; "
                        "clone it yourself and list the directory"
                    ) from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if process.returncode != 0:
        raise UsageError(f"{url}: git clone failed: {git_error(stderr, process.returncode)}")


def git_error(stderr: str, code: int) -> str:
    """git's own words, its first lines joined (the first says what, the next ones why)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"exit status {code}"
    shown = " / ".join(lines[:GIT_ERROR_LINES])
    return shown + (f" (+{len(lines) - GIT_ERROR_LINES} more lines)" if len(lines) > GIT_ERROR_LINES else "")


def overall_exit(outcomes: list[RepoOutcome]) -> ExitCode:
    codes = {outcome.exit_code for outcome in outcomes}
    order = (ExitCode.INTERRUPTED, ExitCode.JUDGE_FAILED, ExitCode.BROKEN_PROBLEM, ExitCode.SUBMISSION_FAILED)
    for code in order:
        if code in codes:
            return code
    return ExitCode.OK


def _row(outcome: RepoOutcome) -> dict[str, object]:
    report = outcome.report
    return {
        "repo": outcome.source.name,
        "source": outcome.source.location,
        "status": outcome.status,
        "exit_code": int(outcome.exit_code),
        "passed": report.passed if report else 0,
        "problems": len(report.problems) if report else 0,
        "score": report.score if report else 0.0,
        "max_score": report.max_score if report else 0.0,
        "seconds": report.duration_seconds if report else 0.0,
        "message": outcome.message,
    }


def summary_csv(outcomes: list[RepoOutcome]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        writer.writerow(_row(outcome))
    return buffer.getvalue()


def summary_json(outcomes: list[RepoOutcome]) -> str:
    document = {
        "schema_version": 1,
        "kind": "grade_many",
        "exit_code": int(overall_exit(outcomes)),
        "repos": [_row(outcome) for outcome in outcomes],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
