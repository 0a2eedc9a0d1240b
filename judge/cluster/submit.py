"""The submitting side of `grade-many --broker`: one task per repo, then the results as they
come, into the same RepoOutcomes the local batch makes (the CLI writes them the same way).

Progress comes from the result backend: every half second one MGET of the pending tasks'
states (STARTED, SUCCESS, FAILURE) feeds the bar. Celery's event stream would need every
worker to send events and a receiver thread here; the backend already holds each task's state,
and reading it is also what collects the results.

Ctrl-C revokes the tasks not finished (a broadcast to the workers, and REVOKED in the backend
for a worker that reads the task later) and returns what finished, the rest ``interrupted``.
A broker that stops answering ends the batch: what finished is returned, the rest are errors
(exit 4) and ``lost`` says why in one line.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from celery import Celery, states

from judge import paths
from judge.cluster import app as cluster_app
from judge.cluster import bank, codec, packing
from judge.cluster.app import Broker
from judge.cluster.tasks import FORMAT, RepoResult, RepoTask
from judge.errors import ExitCode, InternalError, UsageError
from judge.grading.records import BatchResult, RepoOutcome, RepoSource
from judge.models import GrowthMode

POLL_SECONDS = 0.5
MGET_CHUNK = 500


@dataclass(frozen=True)
class ClusterResult:
    batch: BatchResult
    lost: str = ""  # the broker stopped answering: one line; the unfinished repos are errors


@dataclass(frozen=True)
class Progress:
    running: int  # tasks a worker has started and not finished


def task_id(task: RepoTask) -> str:
    """The task's id, from what it grades: the batch, the repo, its content or commit, the bank
    and the options. A redelivered task keeps it, so its result lands under one key."""
    key = [task.batch, task.name, task.location, task.content, task.bank, task.growth.value, FORMAT]
    return "mljudge-" + hashlib.sha256(json.dumps(key).encode()).hexdigest()[:32]


def build_task(source: RepoSource, batch_id: str, bank_digest: str, growth: GrowthMode) -> RepoTask:
    """The task for one repo; UsageError when its folder cannot be packed (a link out, a FIFO...)."""
    if source.path is None:
        return RepoTask(
            FORMAT, batch_id, source.name, source.location, source.location, None, "", bank_digest, growth
        )
    packed = packing.pack(source.path)
    archive = base64.b64encode(packed.data).decode("ascii")
    shown = paths.shown(source.path)
    return RepoTask(
        FORMAT, batch_id, source.name, source.location, shown, archive, packed.sha256, bank_digest, growth
    )


def grade_many(
    sources: list[RepoSource],
    broker: Broker,
    growth: GrowthMode,
    on_done: Callable[[RepoOutcome], None] = lambda outcome: None,
    on_progress: Callable[[Progress], None] = lambda progress: None,
    note: Callable[[str], None] = lambda line: None,
) -> ClusterResult:
    """Send every source to the cluster and wait for each result (``on_done`` as each ends)."""
    app = cluster_app.make_app(broker)
    cluster_app.check_reachable(app, broker)
    digest = bank.digest()
    batch_id = uuid.uuid4().hex[:12]
    outcomes: dict[str, RepoOutcome] = {}
    pending: dict[str, RepoSource] = {}
    errors = cluster_app.connection_errors()
    try:
        if not app.control.ping(timeout=1.0):
            note(
                f"no worker answers on {broker.shown} yet: the tasks wait in queue {broker.queue} "
                "until one starts (`judge worker --broker ...`)"
            )
        for source in sources:
            try:
                task = build_task(source, batch_id, digest, growth)
            except UsageError as error:  # the repo itself, as the local batch reports it
                outcomes[source.name] = RepoOutcome(source, None, ExitCode.SUBMISSION_FAILED, error.message)
                on_done(outcomes[source.name])
                continue
            identifier = task_id(task)
            app.send_task(
                cluster_app.TASK_NAME, args=[codec.encode(task)], task_id=identifier, queue=broker.queue
            )
            pending[identifier] = source
        note(f"sent {len(pending)} repos to {broker.shown} (queue {broker.queue}, bank {digest})")
        _collect(app, pending, outcomes, on_done, on_progress)
    except KeyboardInterrupt:
        _revoke(app, list(pending))
        return ClusterResult(_result(sources, outcomes, "revoked before it finished", interrupted=True))
    except errors as error:
        why = f"not graded: the broker {broker.shown} stopped answering"
        result = _result(sources, outcomes, why, interrupted=False)
        lost = (
            f"the broker {broker.shown} stopped answering ({' '.join(str(error).split())[:200]}); "
            f"{len(sources) - len(outcomes)} repos not graded: restart it and grade them again"
        )
        return ClusterResult(result, lost)
    return ClusterResult(_result(sources, outcomes, "", interrupted=False))


def _collect(
    app: Celery,
    pending: dict[str, RepoSource],
    outcomes: dict[str, RepoOutcome],
    on_done: Callable[[RepoOutcome], None],
    on_progress: Callable[[Progress], None],
) -> None:
    """Poll the backend until every pending task has a result; each is taken once."""
    backend = app.backend
    while pending:
        running = 0
        ids = list(pending)
        for start in range(0, len(ids), MGET_CHUNK):
            chunk = ids[start : start + MGET_CHUNK]
            values = backend.mget([backend.get_key_for_task(identifier) for identifier in chunk])
            for identifier, value in zip(chunk, values, strict=True):
                if value is None:
                    continue
                meta = backend.decode_result(value)
                status = meta.get("status")
                if status == states.STARTED:
                    running += 1
                elif status in states.READY_STATES:
                    source = pending.pop(identifier)
                    outcomes[source.name] = _outcome(source, identifier, status, meta.get("result"))
                    on_done(outcomes[source.name])
        on_progress(Progress(running))
        if pending:
            time.sleep(POLL_SECONDS)


def _outcome(source: RepoSource, identifier: str, status: str, payload: object) -> RepoOutcome:
    if status != states.SUCCESS:  # the task raised past its own catch-all, or was revoked by another
        detail = payload.get("exc_message") if isinstance(payload, dict) else payload
        return RepoOutcome(
            source, None, ExitCode.JUDGE_FAILED, f"internal error on a worker: {status}: {detail}"
        )
    try:
        result = codec.decode(RepoResult, payload)
    except codec.CodecError as error:
        return RepoOutcome(
            source,
            None,
            ExitCode.JUDGE_FAILED,
            f"internal error: a worker's result cannot be read ({error}); "
            "run the same judge version everywhere",
        )
    if result.task_id != identifier or result.format != FORMAT:
        raise InternalError(
            f"the result under {identifier} answers {result.task_id}: the backend is shared badly"
        )
    return RepoOutcome(source, result.report, result.exit_code, result.message)


def _revoke(app: Celery, identifiers: list[str]) -> None:
    """Workers drop a revoked task when it reaches them; a worker that is not listening yet
    finds REVOKED in the backend. Best effort: the broker may be the reason we stop."""
    if not identifiers:
        return
    try:
        app.control.revoke(identifiers)
        for identifier in identifiers:
            app.backend.mark_as_revoked(identifier, reason="the submitter was interrupted")
    except Exception:
        pass


def _result(
    sources: list[RepoSource], outcomes: dict[str, RepoOutcome], why: str, interrupted: bool
) -> BatchResult:
    """One outcome per source in the listing's order: the unfinished ones interrupted (Ctrl-C)
    or errors (the broker is gone)."""
    code = ExitCode.INTERRUPTED if interrupted else ExitCode.JUDGE_FAILED
    prefix = "interrupted: " if interrupted else ""
    found = [outcomes.get(source.name) or RepoOutcome(source, None, code, prefix + why) for source in sources]
    return BatchResult(found, interrupted)
