"""The cluster's pure parts: records through JSON and back, the packed repo and its trust rules,
task ids, the bank digest, a worker refusing another bank, and the flags that never reach a
broker (a non-redis URL, --jobs with --broker)."""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest

from judge import paths
from judge.cluster import bank, codec, packing
from judge.cluster.app import parse_broker
from judge.cluster.submit import build_task, task_id
from judge.cluster.tasks import FORMAT, RepoResult, RepoTask, run
from judge.errors import ExitCode, UsageError
from judge.grading.records import GradeReport, RepoSource
from judge.models import GrowthMode
from tests.cli_helpers import run_judge
from tests.grade_fixtures import grading


def test_a_grading_comes_back_from_json_equal_to_what_was_sent() -> None:
    sent = grading()
    result = RepoResult(FORMAT, "mljudge-1", "w@h", ExitCode.SUBMISSION_FAILED, "", sent)
    wire = json.loads(json.dumps(codec.encode(result)))
    back = codec.decode(RepoResult, wire)
    assert back == result
    assert isinstance(back.report, GradeReport) and back.exit_code is ExitCode.SUBMISSION_FAILED
    comparison = back.report.problems[1].comparison
    assert comparison is not None and comparison.old == {1000: 0.001, 1000000: 0.5}


def test_a_document_with_an_unknown_or_missing_field_is_refused() -> None:
    wire = codec.encode(RepoResult(FORMAT, "x", "w", ExitCode.OK, "", None))
    with pytest.raises(codec.CodecError, match="unknown fields"):
        codec.decode(RepoResult, {**wire, "extra": 1})
    del wire["task_id"]
    with pytest.raises(codec.CodecError, match="missing field task_id"):
        codec.decode(RepoResult, wire)


def _repo(root: Path) -> Path:
    (root / "solutions").mkdir(parents=True)
    (root / "solutions" / "top-k-products.py").write_text("def top_k_products(p, k):\n    return []\n")
    (root / "judge.toml").write_text('[problems]\ntop-k-products = "solutions/top-k-products.py"\n')
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    os.symlink("solutions/top-k-products.py", root / "alias.py")
    return root


def test_a_repo_packs_to_the_same_bytes_and_unpacks_whole(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "ada")
    first, second = packing.pack(repo), packing.pack(repo)
    assert first == second  # deterministic: the content names the task
    target = tmp_path / "out"
    packing.unpack(first.data, target)
    assert (target / "judge.toml").read_text() == (repo / "judge.toml").read_text()
    assert os.readlink(target / "alias.py") == "solutions/top-k-products.py"
    assert not (target / ".git").exists()  # grading never reads it


def test_packing_refuses_a_link_out_of_the_repo_a_fifo_and_too_much(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "ada")
    os.symlink("/etc/passwd", repo / "secret.py")
    with pytest.raises(UsageError, match=r"secret\.py: a link that leaves the repo"):
        packing.pack(repo)
    (repo / "secret.py").unlink()
    os.mkfifo(repo / "pipe")
    with pytest.raises(UsageError, match="pipe: is a FIFO"):
        packing.pack(repo)
    (repo / "pipe").unlink()
    (repo / "data.bin").write_bytes(b"x" * 5000)
    with pytest.raises(UsageError, match="limit for a repo sent to the cluster"):
        packing.pack(repo, cap=4000)


def _archive(members: list[tarfile.TarInfo]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for member in members:
            archive.addfile(member, io.BytesIO(b"x" * member.size) if member.isfile() else None)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../escape.py", "/etc/evil.py"])
def test_unpacking_refuses_a_name_outside_the_folder(tmp_path: Path, name: str) -> None:
    member = tarfile.TarInfo(name)
    member.size = 1
    with pytest.raises(ValueError, match="not a plain relative name"):
        packing.unpack(_archive([member]), tmp_path / "out")


def test_unpacking_never_writes_through_a_link_it_made(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    link = tarfile.TarInfo("sub")
    link.type, link.linkname = tarfile.SYMTYPE, str(outside)
    payload = tarfile.TarInfo("sub/planted.py")
    payload.size = 1
    with pytest.raises(ValueError, match="not a plain folder"):
        packing.unpack(_archive([link, payload]), tmp_path / "out")
    assert list(outside.iterdir()) == []


def test_a_task_id_names_the_repo_its_content_the_bank_and_the_options(tmp_path: Path) -> None:
    source = RepoSource("ada", "ada", _repo(tmp_path / "ada"))
    task = build_task(source, "batch1", "bank1", GrowthMode.OFF)
    assert task_id(task) == task_id(build_task(source, "batch1", "bank1", GrowthMode.OFF))
    assert task_id(task) != task_id(build_task(source, "batch1", "bank2", GrowthMode.OFF))
    assert task_id(task) != task_id(build_task(source, "batch1", "bank1", GrowthMode.ON))
    (tmp_path / "ada" / "judge.toml").write_text('[problems]\nknn = "knn.py"\n')
    assert task_id(task) != task_id(build_task(source, "batch1", "bank1", GrowthMode.OFF))


def test_the_bank_digest_changes_with_a_hidden_case_and_not_with_a_known_solution(
    problems_copy: Path,
) -> None:
    before = bank.digest()
    (problems_copy / "knn" / "solutions").mkdir(exist_ok=True)
    (problems_copy / "knn" / "solutions" / "extra.py").write_text("x = 1\n")
    assert bank.digest() == before
    hidden = sorted((problems_copy / "knn" / "cases" / "hidden").glob("*.json"))[0]
    hidden.write_text(hidden.read_text() + "\n")
    assert bank.digest() != before


def test_the_bank_digest_changes_with_the_judges_own_code(tmp_path: Path) -> None:
    code = tmp_path / "code"
    shutil.copytree(paths.PROJECT_ROOT / "judge" / "checkers", code / "judge" / "checkers")
    (code / "sandbox").mkdir()
    before = bank.digest(code_root=code)
    assert before == bank.digest(code_root=code) and before != bank.digest()
    tolerance = code / "judge" / "checkers" / "tolerance.py"
    tolerance.write_text(tolerance.read_text().replace("1e-6", "1e-3"))
    assert bank.digest(code_root=code) != before


def test_a_worker_with_another_bank_refuses_the_task_naming_both(tmp_path: Path) -> None:
    task = build_task(RepoSource("ada", "ada", _repo(tmp_path / "ada")), "b", "aaaa", GrowthMode.OFF)
    result = run(codec.encode(task), "bbbb", "mljudge-x", "w@h")
    assert result.refused and result.report is None and result.exit_code is ExitCode.JUDGE_FAILED
    assert "aaaa" in result.message and "bbbb" in result.message


def test_a_task_from_another_judge_version_is_an_internal_error_not_a_crash() -> None:
    result = run({"format": 99}, "bank", "mljudge-x", "w@h")
    assert result.exit_code is ExitCode.JUDGE_FAILED and "cannot be read" in result.message
    task = RepoTask(FORMAT + 1, "b", "n", "n", "n", None, "", "bank", GrowthMode.OFF)
    assert "upgrade the older side" in run(codec.encode(task), "bank", "x", "w").message


@pytest.mark.parametrize(
    ("url", "fix"),
    [
        ("amqp://host/", "expected redis://"),
        ("rediss://:pw@host:6380/0", "ssl_cert_reqs"),
        ("redis://:pw@host:port/0", "not a number"),
        ("redis:///0", "expected"),
    ],
)
def test_a_broker_url_that_is_not_redis_is_bad_input(url: str, fix: str) -> None:
    with pytest.raises(UsageError, match=fix) as raised:
        parse_broker(url)
    assert "pw" not in raised.value.message  # a password is never echoed


def test_grade_many_with_a_bad_broker_or_with_jobs_exits_2_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text("ada\n")
    _repo(tmp_path / "ada")
    ran = run_judge(capsys, "grade-many", str(listing), "--broker", "http://x", "--out", str(tmp_path / "o"))
    assert ran.code == 2 and ran.err.count("\n") == 1 and "redis://" in ran.err
    ran = run_judge(capsys, "grade-many", str(listing), "--broker", "redis://h:1/0", "--jobs", "2")
    assert ran.code == 2 and "drop --jobs" in ran.err and ran.err.count("\n") == 1
    ran = run_judge(capsys, "grade-many", str(listing), "--broker", "redis://h:1/0", "--sandbox", "local")
    assert ran.code == 2 and "Docker sandbox" in ran.err
