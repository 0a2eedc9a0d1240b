"""What every sandbox backend shares: the Sandbox interface and the loop that drives a runner.

A backend supplies a Transport (bytes in, bytes out, how it ended); ``drive`` feeds the job from
a writer thread, decodes the runner's stream against a deadline for the whole job, and yields
events as tests finish.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from typing import Protocol

from judge.backends.protocol import (
    Event,
    Job,
    Preflight,
    Result,
    StreamDecoder,
    job_chunks,
    new_nonce,
    stopped_observation,
)
from judge.errors import InternalError, Interrupted

CANCEL_POLL_SECONDS = 0.5  # how soon a cancelled run notices


class Sandbox(Protocol):
    name: str
    description: str  # one line for the user: which sandbox, and why this one
    numpy_version: str  # the numpy a submission runs with in it

    def run(self, job: Job) -> Generator[Event, None, None]:
        """Run the job; yield events. Cleans up everything it started, also when closed early."""
        ...


class Transport(Protocol):
    def send(self, data: bytes) -> None: ...

    def close_input(self) -> None: ...

    def receive(self, timeout: float) -> bytes | None:
        """Up to a chunk of the runner's stdout; b"" at end of stream, None on timeout."""
        ...

    def end_reason(self) -> str:
        """Why the stream ended early: "oom", or "runner_died"."""
        ...

    def diagnostics(self) -> str:
        """The runner's own stderr tail, for internal-error messages."""
        ...


def drive(
    transport: Transport, job: Job, cancel: threading.Event | None = None
) -> Generator[Event, None, None]:
    """Run ``job`` over ``transport``; ``cancel`` set: raise Interrupted within a second, so the
    backend's clean-up runs (the container or process is removed)."""
    nonce = new_nonce()
    decoder = StreamDecoder(nonce, [case.id for case in job.cases])
    writer = threading.Thread(target=_feed, args=(transport, job, nonce), daemon=True)
    writer.start()
    deadline = time.monotonic() + job.wall_budget_seconds
    reason = ""
    while True:
        if cancel is not None and cancel.is_set():
            raise Interrupted("stopped")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            reason = "job_timeout"
            break
        data = transport.receive(min(remaining, CANCEL_POLL_SECONDS))
        if data is None:
            continue
        if not data:
            reason = transport.end_reason()
            break
        yield from decoder.feed(data)
        if decoder.done:
            return
    if not decoder.preflight_seen and decoder.loading_seen:
        # The runner died while the submission's module loaded: its doing (RE for every test).
        yield Preflight(stopped_observation(reason))
        return
    if not decoder.preflight_seen:
        detail = transport.diagnostics().strip().splitlines()
        tail = f": {detail[-1]}" if detail else ""
        raise InternalError(f"the sandbox stopped before running the submission ({reason}){tail}")
    in_flight = decoder.in_flight
    if in_flight is not None:
        yield Result(in_flight, stopped_observation(reason))


def _feed(transport: Transport, job: Job, nonce: str) -> None:
    try:
        for chunk in job_chunks(job, nonce):
            transport.send(chunk)
        transport.close_input()
    except (OSError, ValueError):
        pass  # the runner stopped reading (compile error, or it was stopped): nothing to send to
