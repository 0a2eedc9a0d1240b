"""`judge worker`: a Celery worker that grades tasks in this machine's Docker sandbox.

It starts only where grading can work: the engine answers, the current sandbox image is built
(else exit 4 with the fix, `judge sandbox build`), and the broker answers. It then grades with
a pool of threads, as the local `grade-many --jobs N` does (grading is thread-safe and each
sandbox leases a core of its own: backends/cpus.py), one repo per thread at a time.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

from judge.backends import docker, image
from judge.cluster import app as cluster_app
from judge.cluster import bank, tasks
from judge.cluster.app import Broker


@dataclass(frozen=True)
class WorkerOptions:
    broker: Broker
    concurrency: int
    visibility_timeout: float  # seconds: past this a task still unacknowledged is delivered again
    name: str = ""  # the worker's node name (default judge-<pid>@<host>)


@dataclass(frozen=True)
class Ready:
    """What the worker checked at start, for its first line."""

    sandbox: str  # the image tag
    bank: str
    name: str


def prepare(options: WorkerOptions) -> tuple[Ready, object]:
    """Check the sandbox and the broker; the app with the grading task registered.
    SandboxUnavailable or InternalError (exit 4, one line with the fix) when either is not ready."""
    tag = image.require_current(docker.connect(timeout=10))
    digest = bank.digest()
    app = cluster_app.make_app(options.broker, options.visibility_timeout)
    cluster_app.check_reachable(app, options.broker)
    tasks.register(app, digest)
    name = options.name or f"judge-{os.getpid()}@{socket.gethostname()}"
    return Ready(tag, digest, name), app


def run(app: object, options: WorkerOptions, name: str) -> None:
    """Serve until stopped (SIGTERM or Ctrl-C: the running tasks finish first)."""
    from celery import Celery

    assert isinstance(app, Celery)
    app.worker_main(
        [
            "worker",
            "--pool=threads",
            f"--concurrency={options.concurrency}",
            f"--queues={options.broker.queue}",
            f"--hostname={name}",
            "--without-gossip",  # workers never need each other's state: tasks carry everything
            "--without-mingle",
            "--loglevel=INFO",
        ]
    )
