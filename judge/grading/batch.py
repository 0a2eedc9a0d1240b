"""`judge grade-many`: grade many practice repos, at most N sandboxes at once.

REPOS_FILE lists one repo per line: a directory (relative to the file) or a git URL, cloned
into a temporary directory that is removed afterwards. Blank lines and # comments are skipped.
Each repo gets its own sandbox run after run; a repo that cannot be graded is reported and the
others go on. The caller writes the results (cli/output.py): one <name>.json per repo as it
ends, and the combined summary.csv and summary.json (report/batch.py) at the end.

The first Ctrl-C or SIGTERM stops starting repos and stops the running ones within a second or
so (their containers removed); the summaries are still written, with the finished repos and
the rest marked ``interrupted``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from pathlib import Path

from judge import paths
from judge.backends import git
from judge.errors import ExitCode, Interrupted, JudgeError, UsageError
from judge.grading import grader
from judge.grading.grader import GradeOptions
from judge.grading.records import BatchResult, RepoOutcome, RepoSource

GIT_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|git@[^:]+:)")


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
    jobs: int,
    on_done: Callable[[RepoOutcome], None] = lambda outcome: None,
    stop: threading.Event | None = None,
) -> BatchResult:
    """Grade every source with at most ``jobs`` at once. ``on_done`` sees each outcome as its
    repo ends (one at a time: the caller writes its result file there), also when interrupted
    (KeyboardInterrupt in the calling thread): the repos not graded are then ``interrupted``."""
    stop = stop or threading.Event()
    options = replace(options, cancel=stop)
    lock = threading.Lock()

    def work(source: RepoSource) -> RepoOutcome:
        if stop.is_set():
            return _interrupted(source, "not started")
        try:
            outcome = grade_source(source, options, stop)
        except Interrupted:
            return _interrupted(source, "stopped while grading")
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


def grade_source(source: RepoSource, options: GradeOptions, stop: threading.Event) -> RepoOutcome:
    """One repo, cloned first when it is a git URL; whatever goes wrong becomes its outcome
    (a cluster worker grades each task with this too)."""
    workspace = None
    try:
        root = source.path
        if root is None:
            workspace = paths.make_temp_dir("clone")
            root = workspace / source.name
            git.clone(source.location, root, stop)
        report = grader.grade_repo(root, options)
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
