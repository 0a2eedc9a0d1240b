import errno
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from judge import submission
from judge.errors import UsageError


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "is empty"),
        (b"   \n\t\n", "is empty"),
        (b"def f():\x00 pass", "binary"),
        (b"x = '\xff\xfe'\n", "not UTF-8"),
        (b"#" * (1 << 20) + b"\n", "1 MiB"),
    ],
)
def test_refuses_what_is_not_a_submission(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "solution.py"
    path.write_bytes(content)
    with pytest.raises(UsageError) as raised:
        submission.read(path)
    assert needle in raised.value.message
    assert "solution.py" in raised.value.message
    assert "\n" not in raised.value.message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        submission.read(tmp_path / "nope.py")
    with pytest.raises(UsageError, match="is a directory"):
        submission.read(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.py"
    path.write_text("x = 1\n")
    real_open = os.open

    def denied(name: object, *args: object, **kwargs: object) -> int:
        if str(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)  # root reads any file, so simulate the denial
    with pytest.raises(UsageError, match="cannot be read \\(permission denied\\)"):
        submission.read(path)


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda path: os.mkfifo(path), "is a FIFO (named pipe), not a file"),
        (lambda path: path.symlink_to("/dev/zero"), "is a character device, not a file"),
        (lambda path: path.mkdir(), "is a directory, not a file"),
        (lambda path: _bind_socket(path), "is a socket, not a file"),
    ],
    ids=["fifo", "device", "directory", "socket"],
)
def test_only_regular_files_are_read(tmp_path: Path, make: Callable[[Path], None], needle: str) -> None:
    # A FIFO used to hang the judge forever and /dev/zero to end in a MemoryError traceback.
    path = tmp_path / "solution.py"
    make(path)
    started = time.monotonic()
    with pytest.raises(UsageError) as raised:
        submission.read(path)
    assert needle in raised.value.message and raised.value.message.startswith(str(path))
    assert time.monotonic() - started < 5


def _bind_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def test_the_read_is_bounded_whatever_stat_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.py"
    path.write_bytes(b"#" * (3 << 20))
    reads: list[int] = []
    real_read = os.read

    def counted(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        reads.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counted)
    with pytest.raises(UsageError, match="over the 1 MiB limit"):
        submission.read(path)
    assert sum(reads) == submission.MAX_BYTES + 1


def test_a_file_that_links_out_of_the_repo_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "staff" / "secrets.env"
    secret.parent.mkdir()
    secret.write_text("SECRET=hunter2\n")
    repo = tmp_path / "repo"
    (repo / "solutions").mkdir(parents=True)
    (repo / "solutions" / "x.py").symlink_to(secret)
    (repo / "inner").symlink_to(secret.parent)  # a folder on the way that leaves the repo
    for name in ("solutions/x.py", "inner/secrets.env"):
        with pytest.raises(UsageError) as raised:
            submission.read(repo / name, within=repo, shown=name)
        assert (
            raised.value.message == f"{name}: a link that leaves the repo; commit the file itself, not a link"
        )
    (repo / "inside.py").write_text("x = 1\n")
    (repo / "alias.py").symlink_to(repo / "inside.py")
    assert submission.read(repo / "alias.py", within=repo).source == "x = 1\n"


def test_reads_source_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "ok.py"
    path.write_bytes("\ufeffdef f():\n    return 'é'\n".encode())
    read = submission.read(path)
    assert read.source.startswith("def f")
    assert len(read.sha256) == 64
