"""The Docker sandbox: one locked-down container per submission, driven through the docker SDK.

The runner is the container's PID 1 (the kernel ignores signals a submission sends it), reads the
job on the attached stdin and reports on stdout. The container has no network, a read-only root,
a small tmpfs /tmp, a private IPC namespace without /dev/shm, no capabilities, no-new-privileges,
a pids limit, memory = memory+swap, one CPU, a non-root user and no log driver; it is removed
when the run ends, however it ends. Before it starts, the engine's own account of it (inspect)
is checked against all of that (container_check): a flag missing is an internal error, never a
weaker run.
"""

from __future__ import annotations

import os
import select
import socket
import struct
import threading
import time
from collections.abc import Generator
from dataclasses import replace
from typing import Any

from judge.backends import container_check, counting, cpus, image, ownership, seccomp, uids
from judge.backends.base import drive
from judge.backends.env import THREAD_ENV
from judge.backends.protocol import Event, Job
from judge.errors import InternalError, SandboxUnavailable
from judge.models import MIB

SANDBOX_USER = "10001:10001"
RUNNER_IN_IMAGE = "/opt/mljudge/sandbox/runner.py"  # as the Dockerfile's ENTRYPOINT has it
COUNT_FILES = counting.count_files("/tmp")
RUNNER_OVERHEAD_BYTES = 384 * MIB
PIDS_LIMIT = 64
TMPFS_SIZE = "64m"
REMOVAL_SECONDS = 10  # an exited container the engine has not removed by then is removed by force
ENGINE_HINT = "start the Docker engine (e.g. `dockerd &`) or use --sandbox local"
_STDOUT, _STDERR = 1, 2


def connect(timeout: float = 10.0) -> Any:
    """A docker client that has answered a ping, or SandboxUnavailable with the fix."""
    try:
        import docker
    except ImportError:  # pragma: no cover - docker is a dependency
        raise SandboxUnavailable("the docker SDK is not installed; `pip install docker`") from None
    try:
        client = docker.from_env(timeout=int(timeout))
        client.ping()
    except Exception as error:
        raise SandboxUnavailable(unreachable_message(error, socket_path())) from None
    return client


def unreachable_message(error: BaseException, path: str | None) -> str:
    """Why the engine cannot be used, and the fix: a socket this user may not open is not an
    engine that is down."""
    denied = "Permission denied" in str(error) or isinstance(error, PermissionError)
    if path is not None and os.path.exists(path) and (denied or not os.access(path, os.R_OK | os.W_OK)):
        return (
            f"permission denied on the Docker socket {path}: this user may not use the engine; "
            "add the user to the `docker` group (`sudo usermod -aG docker $USER`, then log in "
            "again), or use --sandbox local"
        )
    return f"the Docker engine is not reachable ({_first_line(error)}); {ENGINE_HINT}"


def socket_path() -> str | None:
    """The engine's unix socket (DOCKER_HOST or the default), None for a TCP engine."""
    host = os.environ.get("DOCKER_HOST", "")
    if host and not host.startswith("unix://"):
        return None
    return host.removeprefix("unix://") or "/var/run/docker.sock"


def engine_socket_present() -> bool:
    """Cheap pre-check (no SDK import) for whether an engine could be reachable at all."""
    path = socket_path()
    return path is None or os.path.exists(path)


class DockerSandbox:
    name = "docker"

    def __init__(
        self, client: Any, tag: str, description: str | None = None, cancel: threading.Event | None = None
    ) -> None:
        self.client = client
        self.tag = tag
        self.description = description or f"docker sandbox ({tag})"
        self.cancel = cancel
        self.numpy_version = image.numpy_of(client, tag)

    def container_options(self, job: Job, user: str = SANDBOX_USER, cpu: int | None = None) -> dict[str, Any]:
        """The container's isolation; ``user`` is the uid:gid leased for this run, ``cpu`` the
        core (backends/cpus.py)."""
        from docker.types import LogConfig, Ulimit

        memory = max(case.limits.memory_bytes for case in job.cases) if job.cases else 0
        memory = max(memory, job.preflight_limits.memory_bytes) + RUNNER_OVERHEAD_BYTES
        memory += job.held_input_bytes  # a curve's inputs stay in the runner until their last sample
        if job.counted:
            memory += counting.SIMULATOR_BYTES
        options: dict[str, Any] = {
            "stdin_open": True,
            "detach": False,
            "tty": False,
            "network_mode": "none",
            "read_only": True,
            "tmpfs": {"/tmp": f"rw,nosuid,nodev,noexec,size={TMPFS_SIZE},mode=1777"},
            "cap_drop": ["ALL"],
            "security_opt": ["no-new-privileges", seccomp.security_opt()],
            "pids_limit": PIDS_LIMIT,
            # A private IPC namespace without /dev/shm: no shared memory outlives a test.
            "ipc_mode": "none",
            "cgroupns": "private",  # the container does not see the host's cgroup tree
            "mem_limit": memory,
            "memswap_limit": memory,
            "nano_cpus": 1_000_000_000,
            **({"cpuset_cpus": str(cpu)} if cpu is not None else {}),
            "user": user,
            "ulimits": [Ulimit(name="nofile", soft=256, hard=256), Ulimit(name="core", soft=0, hard=0)],
            # HOME: a leased uid has no passwd entry to take one from
            "environment": {"LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/tmp", **THREAD_ENV},
            "log_config": LogConfig(type=LogConfig.types.NONE),
            "labels": ownership.container_labels(),
            "working_dir": "/tmp",
            # The engine removes the container when the runner exits; run() also removes it
            # itself on every other way out (interrupt, time-out, error).
            "auto_remove": True,
        }
        if job.counted:  # the runner under callgrind (the image's valgrind), a fixed hash seed
            runner = ["python3", *counting.PYTHON_FLAGS, RUNNER_IN_IMAGE]
            options["entrypoint"] = [*counting.valgrind_argv("valgrind", COUNT_FILES), *runner]
            options["environment"].update(counting.COUNT_ENV)
        return options

    def run(self, job: Job) -> Generator[Event, None, None]:
        if job.counted:
            job = replace(job, count_files=COUNT_FILES)
        container = None
        transport = None
        lease = None
        core = cpus.lease()
        try:
            try:
                lease = uids.lease()
                options = self.container_options(job, f"{lease.uid}:{lease.uid}", core.cpu)
                container = self.client.containers.create(self.tag, **options)
                self._verify(container, options)
                attached = self.client.api.attach_socket(
                    container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
                )
                transport = _AttachTransport(attached, container)
                container.start()
            except InternalError:
                raise
            except Exception as error:
                raise SandboxUnavailable(
                    f"the sandbox container could not start: {_first_line(error)}"
                ) from None
            yield from drive(transport, job, self.cancel)
        finally:
            # After the runner's stream ended the container has exited and the engine removes
            # it (auto_remove); anything else -- interrupt, time-out, error -- removes it here.
            ended = transport is not None and transport.eof
            if transport is not None:
                transport.close()
            if container is not None and ended:
                _wait_removed(container)
            elif container is not None:
                _remove(container)
            if lease is not None:  # the container is gone: its uid may serve another
                lease.release()
            core.release()

    def _verify(self, container: Any, options: dict[str, Any]) -> None:
        """Fail closed: the container must have every isolation flag, as the engine reports it."""
        attrs = self.client.api.inspect_container(container.id)
        missing = container_check.problems(attrs, options["user"], PIDS_LIMIT, options.get("mem_limit", 0))
        if missing:
            raise InternalError(
                f"refusing to run the submission: the engine did not apply {missing[0]}"
                + (f" and {len(missing) - 1} more" if len(missing) > 1 else "")
                + "; check the Docker daemon's configuration"
            )


class _AttachTransport:
    """The attach stream: stdin goes in raw; stdout/stderr come back in 8-byte-header frames."""

    def __init__(self, attached: Any, container: Any) -> None:
        self.sock: socket.socket = getattr(attached, "_sock", attached)
        self.attached = attached
        self.container = container
        self.pending = bytearray()
        self.stderr = bytearray()
        self.eof = False

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def close_input(self) -> None:
        self.sock.shutdown(socket.SHUT_WR)

    def receive(self, timeout: float) -> bytes | None:
        while True:
            out = self._frame()
            if out is not None:
                return out
            if self.eof:
                return b""
            ready, _, _ = select.select([self.sock], [], [], timeout)
            if not ready:
                return None
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                self.eof = True
            self.pending += chunk

    def _frame(self) -> bytes | None:
        while len(self.pending) >= 8:
            stream, size = struct.unpack(">BxxxL", self.pending[:8])
            if len(self.pending) < 8 + size:
                return None
            payload = bytes(self.pending[8 : 8 + size])
            del self.pending[: 8 + size]
            if stream == _STDOUT:
                return payload
            if stream == _STDERR:
                self.stderr += payload
                del self.stderr[:-4096]
        return None

    def end_reason(self) -> str:
        try:
            self.container.reload()
            if self.container.attrs.get("State", {}).get("OOMKilled"):
                return "oom"
        except Exception:
            pass
        return "runner_died"

    def diagnostics(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    def close(self) -> None:
        for closable in (self.sock, self.attached):
            try:
                closable.close()
            except Exception:
                pass


def _wait_removed(container: Any, force_after: bool = True) -> None:
    """Return once the engine has removed an exited container. auto_remove happens after the
    exit, not at it: without this wait, run() could return (and free the uid) while the
    container still exists, and a caller that looks right away finds it left behind."""
    try:
        container.wait(condition="removed", timeout=REMOVAL_SECONDS)
    except Exception as error:
        if _gone(error):
            return
    # Under load the engine has answered that wait with the container still listed (1 run
    # in 7 of the attack suite beside two busy cores): look until it is really gone.
    deadline = time.monotonic() + REMOVAL_SECONDS
    while time.monotonic() < deadline:
        try:
            container.reload()
        except Exception as error:
            if _gone(error):
                return
        time.sleep(0.01)
    if force_after:
        _remove(container, wait=False)


def _remove(container: Any, wait: bool = True) -> None:
    """Remove a container by force; when the engine is already removing it (auto_remove of a
    runner that exited as we stopped reading), wait until it is gone rather than trust it."""
    try:
        container.remove(force=True)
    except Exception as error:
        if _gone(error):
            return
        if "is already in progress" in str(error) or "409" in str(error):
            if wait:
                _wait_removed(container, force_after=False)
            return
        raise SandboxUnavailable(
            f"the sandbox container {container.short_id} could not be removed "
            f"({_first_line(error)}); `judge sandbox prune` removes leftovers"
        ) from None


def _gone(error: BaseException) -> bool:
    return "No such container" in str(error) or "404" in str(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
