"""`judge grade-many`: grade many practice repos, at most N sandboxes at once.

REPOS_FILE lists one repo per line: a directory (relative to the file) or a git URL, cloned
into a temporary directory that is removed afterwards. Blank lines and # comments are skipped.
Each repo gets its own sandbox run after run; a repo that cannot be graded is reported and the
others go on. Results: one <name>.json per repo and a combined summary.csv and summary.json.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from judge import grading, paths
from judge.errors import ExitCode, JudgeError, UsageError
from judge.grading import GradeOptions, GradeReport
from judge.report import grade_json

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
        if self.report is None:
            return "error"
        return "passed" if self.exit_code is ExitCode.OK else "failed"


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
) -> list[RepoOutcome]:
    """Grade every source with at most ``jobs`` at once; write the result files as each ends."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{out_dir}: cannot create the output directory ({error.strerror})") from None
    stop = stop or threading.Event()
    outcomes: list[RepoOutcome] = []
    lock = threading.Lock()

    def work(source: RepoSource) -> RepoOutcome:
        if stop.is_set():
            return RepoOutcome(source, None, ExitCode.JUDGE_FAILED, "not graded: interrupted")
        outcome = _grade_source(source, options)
        if outcome.report is not None:
            paths.write_atomic(out_dir / f"{source.name}.json", grade_json.render(outcome.report))
        with lock:
            outcomes.append(outcome)
            on_done(outcome)
        return outcome

    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="grade") as pool:
        try:
            results = list(pool.map(work, sources))
        except BaseException:
            stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    paths.write_atomic(out_dir / "summary.csv", summary_csv(results))
    paths.write_atomic(out_dir / "summary.json", summary_json(results))
    return results


def _grade_source(source: RepoSource, options: GradeOptions) -> RepoOutcome:
    workspace = None
    try:
        root = source.path
        if root is None:
            workspace = Path(tempfile.mkdtemp(prefix="mljudge-clone-"))
            root = workspace / source.name
            _clone(source.location, root)
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
            shutil.rmtree(workspace, ignore_errors=True)


def _clone(url: str, into: Path) -> None:
    try:
        subprocess.run(
            ["git", "clone", "--quiet", "--depth", "1", "--", url, str(into)],
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except FileNotFoundError:
        raise UsageError("git is not installed; install it or list the repos as directories") from None
    except subprocess.CalledProcessError as error:
        last = (error.stderr or "").strip().splitlines()
        raise UsageError(f"{url}: git clone failed ({last[-1] if last else error.returncode})") from None
    except subprocess.TimeoutExpired:
        raise UsageError(
            f"{url}: git clone took over 300 s; clone it yourself and list the directory"
        ) from None


def overall_exit(outcomes: list[RepoOutcome]) -> ExitCode:
    codes = {outcome.exit_code for outcome in outcomes}
    for code in (ExitCode.JUDGE_FAILED, ExitCode.BROKEN_PROBLEM, ExitCode.SUBMISSION_FAILED):
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
