"""The local sandbox: the same runner as a subprocess of this machine's Python.

It sets rlimits per test, a fresh temp dir, a scrubbed environment and its own session, but it
shares the filesystem, network and user with the judge: for a learner's own code on a machine
without Docker, not for untrusted submissions (see docs/security.md).
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Generator
from dataclasses import replace
from typing import IO

from judge import paths
from judge.backends import counting, cpus, wheels
from judge.backends.base import drive
from judge.backends.env import THREAD_ENV
from judge.backends.protocol import Event, Job
from judge.errors import SandboxUnavailable


class LocalSandbox:
    name = "local"

    def __init__(
        self,
        description: str = "local sandbox (subprocess with rlimits)",
        cancel: threading.Event | None = None,
    ) -> None:
        self.description = description
        self.cancel = cancel
        self.numpy_version = wheels.numpy_version()  # the runner is this interpreter

    def run(self, job: Job) -> Generator[Event, None, None]:
        folder = paths.make_temp_dir("local")
        workdir = str(folder)
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": workdir,
            "TMPDIR": workdir,
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            **THREAD_ENV,
        }
        argv = [sys.executable, "-E", "-s", str(paths.RUNNER_PATH)]
        if job.counted:
            valgrind = shutil.which("valgrind")
            if valgrind is None:
                paths.remove_tree(folder)
                raise SandboxUnavailable(
                    "instruction counts run under valgrind, which this machine lacks; "
                    "install it (`apt-get install valgrind`) or use --sandbox docker"
                )
            files = counting.count_files(workdir)
            job = replace(job, count_files=files)
            argv = [*counting.valgrind_argv(valgrind, files), sys.executable, *counting.PYTHON_FLAGS]
            argv.append(str(paths.RUNNER_PATH))
            env.update(counting.COUNT_ENV)
        try:
            with tempfile.TemporaryFile() as stderr:
                process = subprocess.Popen(
                    argv,
                    bufsize=0,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=stderr,
                    cwd=workdir,
                    env=env,
                    start_new_session=True,
                )
                transport = _PipeTransport(process, stderr)
                core = cpus.lease()
                try:
                    if core.cpu is not None:
                        _pin(process.pid, core.cpu)
                    yield from drive(transport, job, self.cancel)
                finally:
                    _stop(process, transport)
                    core.release()
        finally:
            paths.remove_tree(folder)


class _PipeTransport:
    def __init__(self, process: subprocess.Popen[bytes], stderr: IO[bytes]) -> None:
        self.process = process
        self.stderr = stderr
        assert process.stdin is not None and process.stdout is not None
        self.stdin = process.stdin
        self.stdout_fd = process.stdout.fileno()
        # drive() writes from a thread of its own. Once the run is over, its stdin's fd number
        # is free for the next run's pipe: a chunk still on its way must never reach that one
        # (its runner would read another job's test as its header). So every write happens
        # under this lock, and shut() marks the transport closed under it before the fd goes.
        self.lock = threading.Lock()
        self.shut_down = False

    def send(self, data: bytes) -> None:
        with self.lock:
            if self.shut_down:
                raise ValueError("the run is over")
            self.stdin.write(data)

    def close_input(self) -> None:
        with self.lock:
            if not self.shut_down:
                self.stdin.close()

    def shut(self) -> None:
        """No write after this; called once the runner is dead, so a write blocked on its full
        pipe has already failed and let go of the lock."""
        with self.lock:
            self.shut_down = True
            try:
                self.stdin.close()
            except OSError:
                pass

    def receive(self, timeout: float) -> bytes | None:
        ready, _, _ = select.select([self.stdout_fd], [], [], timeout)
        if not ready:
            return None
        return os.read(self.stdout_fd, 1 << 16)

    def end_reason(self) -> str:
        return "runner_died"

    def diagnostics(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()[-2000:].decode("utf-8", "replace")


def _pin(pid: int, cpu: int) -> None:
    """Run the runner (and so every child it forks) on ``cpu`` alone; a failure only costs
    steadiness, so the run goes on unpinned."""
    try:
        os.sched_setaffinity(pid, {cpu})
    except OSError:
        pass


def _stop(process: subprocess.Popen[bytes], transport: _PipeTransport) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
    process.wait()
    transport.shut()
    if process.stdout is not None:
        try:
            process.stdout.close()
        except OSError:
            pass
