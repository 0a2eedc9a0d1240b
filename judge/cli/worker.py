"""`judge worker --broker redis://HOST:PORT/DB`: grade `grade-many --broker` tasks here."""

from __future__ import annotations

import os

import click

from judge import cluster
from judge.cli import terminal


@click.command("worker")
@click.option(
    "--broker", required=True, metavar="URL", help="The Redis: redis://HOST:PORT/DB or rediss://..."
)
@click.option(
    "--concurrency",
    "-c",
    type=click.IntRange(1, 256),
    default=None,
    help="Repos graded at once, each in its own sandbox on a core of its own.  [default: the cores]",
)
@click.option("--queue", default="mljudge", show_default=True, help="The task queue to take repos from.")
@click.option(
    "--visibility-timeout",
    type=click.FloatRange(5.0),
    default=None,
    help="Seconds after which a task whose worker died is graded elsewhere; keep it above the "
    "longest repo's grading.  [default: 21600]",
)
@click.option("--name", default="", help="This worker's node name.  [default: judge-<pid>@<host>]")
def worker_command(
    broker: str, concurrency: int | None, queue: str, visibility_timeout: float | None, name: str
) -> None:
    """Grade repos sent with `judge grade-many --broker` in this machine's Docker sandbox."""
    cluster.require()
    from judge.cluster import app, worker  # Celery only for this command

    options = worker.WorkerOptions(
        broker=app.parse_broker(broker, queue),
        concurrency=concurrency or os.cpu_count() or 1,
        visibility_timeout=visibility_timeout or app.VISIBILITY_TIMEOUT,
        name=name,
    )
    ready, celery_app = worker.prepare(options)
    terminal.note(
        f"worker {ready.name}: {options.concurrency} at once, queue {options.broker.queue} on "
        f"{options.broker.shown}, bank {ready.bank}, sandbox {ready.sandbox}"
    )
    worker.run(celery_app, options, ready.name)
