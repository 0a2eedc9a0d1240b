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

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)  # root reads any file, so simulate the denial
    with pytest.raises(UsageError, match="cannot be read \\(permission denied\\)"):
        submission.read(path)


def test_reads_source_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "ok.py"
    path.write_bytes("\ufeffdef f():\n    return 'é'\n".encode())
    read = submission.read(path)
    assert read.source.startswith("def f")
    assert len(read.sha256) == 64
