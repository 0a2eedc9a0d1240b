"""The grading task: what travels to a worker, what comes back, and the worker's side of it.

A task (RepoTask) carries one repo: a git URL the worker clones, or a local folder packed as a
tar archive (cluster/packing.py); the grading options; and the submitter's digest of its problem
bank and judge code. A worker whose digest differs refuses it rather than grade it with another
hidden suite or another judge. What
comes back (RepoResult) is the repo's GradeReport as plain data (cluster/codec.py): test ids,
categories, verdicts and the redacted messages the local report has; never a hidden input,
expected output or a hidden test's printed output (the pipeline keeps those out of every report).

A task may run twice (its worker died, or it outlived the visibility timeout): its id names
its content (submit.task_id), Celery never overwrites a SUCCESS, and a second delivery of a
task that already succeeded returns the stored result without grading again.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from celery import Celery, Task, states
from celery.exceptions import Ignore

from judge import paths
from judge.cluster import codec, packing
from judge.cluster.app import TASK_NAME
from judge.errors import ExitCode
from judge.grading import batch
from judge.grading.grader import GradeOptions
from judge.grading.records import GradeReport, RepoOutcome, RepoSource
from judge.models import GrowthMode

FORMAT = 1  # of RepoTask and RepoResult: a worker and a submitter of other formats refuse each other


@dataclass(frozen=True)
class RepoTask:
    format: int
    batch: str  # the submitting run: a task id is unique to it
    name: str  # unique in the batch: the result file's name
    location: str  # as REPOS_FILE wrote it
    shown: str  # how the submitter names the folder, so messages read as in a local run
    archive: str | None  # base64 of the packed folder; None: ``location`` is a git URL
    content: str  # sha256 of the archive, or the commit the URL pointed at ("" if unknown)
    bank: str  # the submitter's problem bank and judge code digest (cluster/bank.py)
    growth: GrowthMode


@dataclass(frozen=True)
class RepoResult:
    format: int
    task_id: str
    worker: str  # which worker graded it (for the log and a refusal)
    exit_code: ExitCode
    message: str
    report: GradeReport | None
    refused: bool = False  # the worker's bank differs: not graded at all


def register(app: Celery, bank_digest: str) -> None:
    """The grading task on a worker's app, grading against its bank (``bank_digest``)."""

    @app.task(name=TASK_NAME, bind=True)  # type: ignore[untyped-decorator]
    def grade_repo(self: Task, payload: dict[str, Any]) -> dict[str, Any]:
        task_id = str(self.request.id)
        stored = self.AsyncResult(task_id)
        if stored.state == states.SUCCESS:  # a second delivery: the first one finished
            return dict(stored.result)
        if stored.state == states.REVOKED:  # the submitter gave up on it (Ctrl-C)
            raise Ignore()
        # STARTED is stored here rather than by task_track_started, which would overwrite a
        # REVOKED before this check could see it
        self.update_state(state=states.STARTED)
        encoded: dict[str, Any] = codec.encode(run(payload, bank_digest, task_id, str(self.request.hostname)))
        return encoded


def run(payload: dict[str, Any], bank_digest: str, task_id: str, worker: str) -> RepoResult:
    """Grade one task on this machine; every fault becomes the result, never an exception."""
    try:
        task = codec.decode(RepoTask, payload)
    except codec.CodecError as error:
        return _fault(
            task_id, worker, f"the task cannot be read ({error}); run the same judge version on both sides"
        )
    if task.format != FORMAT:
        return _fault(
            task_id, worker, f"task format {task.format}, this worker reads {FORMAT}: upgrade the older side"
        )
    if task.bank != bank_digest:
        message = (
            f"refused by worker {worker}: its problem bank and judge code are {bank_digest}, the batch "
            f"was sent with {task.bank}; give the worker the submitter's checkout (or JUDGE_PROBLEMS_DIR) "
            "and restart it"
        )
        return RepoResult(FORMAT, task_id, worker, ExitCode.JUDGE_FAILED, message, None, refused=True)
    workspace = paths.make_temp_dir("task")
    try:
        root = None
        if task.archive is not None:
            root = workspace / task.name
            try:
                packing.unpack(base64.b64decode(task.archive), root)
            except (ValueError, OSError) as error:  # the tarfile errors are ValueErrors too
                return _fault(task_id, worker, f"the packed repo cannot be unpacked ({error})")
        options = GradeOptions(sandbox="docker", growth=task.growth)
        outcome = batch.grade_source(RepoSource(task.name, task.location, root), options, threading.Event())
        if root is not None:
            outcome = _relocated(outcome, root, task.shown)
        return RepoResult(FORMAT, task_id, worker, outcome.exit_code, outcome.message, outcome.report)
    finally:
        paths.remove_tree(workspace)


def _fault(task_id: str, worker: str, message: str) -> RepoResult:
    return RepoResult(
        FORMAT, task_id, worker, ExitCode.JUDGE_FAILED, f"internal error on {worker}: {message}", None
    )


def _relocated(outcome: RepoOutcome, root: Path, shown: str) -> RepoOutcome:
    """Messages name the folder as the submitter does, not the worker's temp dir."""
    names = sorted({str(root.resolve()), str(root), paths.shown(root)}, key=len, reverse=True)

    def fix(text: str) -> str:
        for name in names:
            text = text.replace(name, shown)
        return text

    report = outcome.report
    if report is not None:
        report = replace(
            report, problems=tuple(replace(grade, message=fix(grade.message)) for grade in report.problems)
        )
    return replace(outcome, message=fix(outcome.message), report=report)
