"""The judge's side of the runner protocol (docs/protocol.md): encode a job, decode the stream.

Both backends speak it the same way; they differ only in how the bytes travel (a pipe to a local
subprocess, or a container's attach stream). Every message from the runner must carry this
run's nonce; anything else on the channel is an internal error, never a result.
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from judge.backends import wire
from judge.errors import InternalError
from judge.models import ErrorInfo, KillReason, Limits, Observation, ObservationStatus, PreparedCase

PROTOCOL = 4
MAX_LINE_BYTES = 64 << 20
MAX_BLOB_BYTES = 1 << 31  # raw array bytes after one message: far past any output limit


@dataclass(frozen=True)
class Job:
    """Everything the sandbox is given: the submission and the inputs -- never expected outputs."""

    source: str
    functions: dict[str, int]  # name -> number of positional arguments
    preload: tuple[str, ...]
    preflight_limits: Limits
    cases: tuple[PreparedCase, ...]
    # A growth curve: case id -> n. The runner then skips every later sample at a size at or
    # above one that ran out of time or memory, and runs samples with the GC off.
    curve_sizes: dict[str, int] | None = None
    # Several curves in one job: case id -> the curve's tag; the runner cuts each off on its own.
    curve_groups: dict[str, str] | None = None
    # The problem's rules (judge/rules.py wire): allowed imports, forbidden callables.
    rules: dict[str, Any] = field(default_factory=dict)
    # Cases whose allocations the child traces during the call (a growth curve's allocation pass).
    traced: frozenset[str] = frozenset()
    # The counted pass: every case's call is counted in instructions, the runner under callgrind
    # (backends/counting.py); the backend sets ``count_files``, where callgrind dumps in the sandbox.
    counted: bool = False
    count_files: str | None = None

    @property
    def held_input_bytes(self) -> int:
        """The most input bytes the runner holds at once (each kept until its last test ran)."""
        last = {id(case.args_line): index for index, case in enumerate(self.cases)}
        held, peak = 0, 0
        seen: set[int] = set()
        for index, case in enumerate(self.cases):
            key = id(case.args_line)
            if key not in seen:
                seen.add(key)
                held += len(case.args_line)
            peak = max(peak, held)
            if last[key] == index:
                held -= len(case.args_line)
        return peak

    @property
    def wall_budget_seconds(self) -> float:
        """How long the whole job may take before the backend stops it."""
        tests = sum(case.limits.wall_seconds + 0.5 for case in self.cases)
        return self.preflight_limits.wall_seconds + tests + 30.0


@dataclass(frozen=True)
class Preflight:
    observation: Observation


@dataclass(frozen=True)
class Result:
    case_id: str
    observation: Observation


Event = Preflight | Result


def new_nonce() -> str:
    return secrets.token_hex(16)


def job_chunks(job: Job, nonce: str) -> Iterator[bytes]:
    """The bytes to write to the runner's stdin, test by test (large inputs are not re-encoded)."""
    header = {
        "protocol": PROTOCOL,
        "nonce": nonce,
        "source": job.source,
        "functions": job.functions,
        "preload": list(job.preload),
        "preflight_limits": job.preflight_limits.to_wire(),
        "tests": len(job.cases),
        "curve": job.curve_sizes is not None,
        "rules": job.rules,
    }
    if job.count_files is not None:
        header["count_files"] = job.count_files
    yield json.dumps(header).encode() + b"\n"
    uses = Counter(id(case.args_line) for case in job.cases)
    sent: set[int] = set()
    for case in job.cases:
        # One input object, once: a curve's repeats share their size's bytes object.
        key = id(case.args_line)
        if key not in sent:
            sent.add(key)
            record = {"input": key, "bytes": len(case.args_line), "uses": uses[key]}
            yield json.dumps(record).encode() + b"\n" + case.args_line + b"\n"
        meta: dict[str, Any] = {
            "id": case.id,
            "function": case.spec.function,
            "limits": case.limits.to_wire(),
            "input": key,
        }
        if job.curve_sizes is not None:
            meta["size"] = job.curve_sizes[case.id]
        if job.curve_groups is not None:
            meta["curve"] = job.curve_groups[case.id]
        if case.id in job.traced:
            meta["trace"] = True
        if job.count_files is not None:
            meta["count"] = True
        yield json.dumps(meta).encode() + b"\n"


@dataclass
class StreamDecoder:
    """Split the runner's stdout into messages and turn them into events, checking each one."""

    nonce: str
    case_ids: list[str]
    buffer: bytearray = field(default_factory=bytearray)
    preflight_seen: bool = False
    loading_seen: bool = False  # the submission's code started running (its module loads)
    results_seen: int = 0
    done: bool = False
    scanned: int = 0  # the buffer holds no newline before this (a long line arrives in chunks)
    waiting: dict[str, Any] | None = None  # a message whose raw array bytes are still arriving

    def feed(self, data: bytes) -> Iterator[Event]:
        self.buffer += data
        while True:
            if self.waiting is not None:
                wanted = self.waiting["blob_bytes"]
                if len(self.buffer) < wanted:
                    return
                message, self.waiting = self.waiting, None
                message["blob"] = bytes(self.buffer[:wanted])
                del self.buffer[:wanted]
                event = self._event(message)
                if event is not None:
                    yield event
                continue
            end = self.buffer.find(b"\n", self.scanned)
            if end < 0:
                self.scanned = len(self.buffer)
                if len(self.buffer) > MAX_LINE_BYTES:
                    raise InternalError("the sandbox sent a message larger than 64 MiB")
                return
            line = bytes(self.buffer[:end])
            del self.buffer[: end + 1]
            self.scanned = 0
            message = self._parse(line)
            blob_bytes = message.get("blob_bytes")
            if blob_bytes is not None:
                if type(blob_bytes) is not int or not 0 <= blob_bytes <= MAX_BLOB_BYTES:
                    raise InternalError(f"the sandbox announced {blob_bytes!r} raw bytes")
                self.waiting = message
                continue
            event = self._event(message)
            if event is not None:
                yield event

    @property
    def in_flight(self) -> str | None:
        """The case the runner was working on, if the stream stopped mid-run."""
        if self.done or not self.preflight_seen or self.results_seen >= len(self.case_ids):
            return None
        return self.case_ids[self.results_seen]

    def _parse(self, line: bytes) -> dict[str, Any]:
        try:
            message = json.loads(line)
        except ValueError:
            raise InternalError("the sandbox sent a line that is not JSON") from None
        if not isinstance(message, dict) or message.get("nonce") != self.nonce:
            raise InternalError("the sandbox sent a message without this run's nonce")
        return message

    def _event(self, message: dict[str, Any]) -> Event | None:
        kind = message.get("type")
        if kind == "internal":
            raise InternalError(f"the sandbox runner failed: {message.get('message', '?')}")
        if kind == "done":
            self.done = True
            return None
        if kind == "loading" and not self.loading_seen:
            self.loading_seen = True
            return None
        if kind == "preflight" and not self.preflight_seen:
            self.preflight_seen = True
            return Preflight(to_observation(message))
        if kind == "result" and self.preflight_seen and self.results_seen < len(self.case_ids):
            expected_id = self.case_ids[self.results_seen]
            if message.get("id") != expected_id:
                raise InternalError(f"the sandbox reported {message.get('id')!r} out of order")
            self.results_seen += 1
            return Result(expected_id, to_observation(message))
        raise InternalError(f"the sandbox sent an unexpected {kind!r} message")


def to_observation(message: dict[str, Any]) -> Observation:
    """Validate one runner message and build the Observation (types checked, nothing trusted)."""
    try:
        error = message.get("error")
        info = None
        if error is not None:
            info = ErrorInfo(
                type=str(error["type"]),
                message=str(error.get("message", "")),
                traceback=str(error.get("traceback", "")),
                location=error.get("location") if isinstance(error.get("location"), str) else None,
            )
        peak = int(message.get("peak_rss_bytes", 0)) - int(message.get("baseline_rss_bytes", 0))
        killed = message.get("killed_for")
        return Observation(
            status=ObservationStatus(message["status"]),
            cpu_seconds=float(message.get("cpu_seconds", 0.0)),
            wall_seconds=float(message.get("wall_seconds", 0.0)),
            peak_bytes=max(0, peak),
            traced_bytes=_count(message, "traced_peak_bytes"),
            instructions=_count(message, "instructions"),
            exit_code=_optional_int(message.get("exit_code")),
            signal=_optional_int(message.get("signal")),
            killed_for=None if killed is None else KillReason(killed),
            output=wire.rebuild_output(message.get("output"), message["blob"])
            if "blob" in message
            else message.get("output"),
            message=str(message.get("message", "")),
            error=info,
            result_bytes=int(message.get("result_bytes", 0)),
            stdout_tail=str(message.get("stdout_tail", "")),
            stderr_tail=str(message.get("stderr_tail", "")),
        )
    except (KeyError, TypeError, ValueError) as problem:
        raise InternalError(f"the sandbox sent a malformed observation ({problem})") from None


def _count(message: dict[str, Any], key: str) -> int | None:
    value = message.get(key)
    if value is None:
        return None
    if type(value) is not int or value < 0:
        raise ValueError(f"{key} {value!r}")
    return value


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def stopped_observation(reason: str) -> Observation:
    """What to record for the in-flight test when the sandbox stopped before reporting it."""
    if reason == "job_timeout":
        return Observation(status=ObservationStatus.NO_RESULT, killed_for=KillReason.JOB_TIMEOUT)
    if reason == "oom":
        return Observation(status=ObservationStatus.NO_RESULT, killed_for=KillReason.OOM)
    return Observation(status=ObservationStatus.RUNNER_DIED)
