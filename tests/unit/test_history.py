"""The SQLite history: record, list, show, stats; migrations; two writers at once; a killed run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge import history
from judge.errors import UsageError
from judge.models import Verdict
from tests.cli_helpers import run_judge
from tests.grade_fixtures import curve, growth, linear, report, result

ROOT = Path(__file__).resolve().parents[2]


def _report(passed: int = 2, failed: int = 0):
    results = [result(i, Verdict.AC) for i in range(passed)] + [
        result(passed + i, Verdict.WA) for i in range(failed)
    ]
    return report("top-k-products", results, growth(curve(linear, 0.01), curve(linear, 0.01, seed=2)))


def test_record_list_show_and_stats(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    first = history.record(_report(1, 1), "submit", '{"a": 1}', "first text", path=db)
    second = history.record(_report(2, 0), "grade", '{"a": 2}', "second text", 9.5, 10.0, path=db)
    assert (first, second) == (1, 2)
    listed = history.attempts(db)
    assert [a.id for a in listed] == [2, 1]
    assert listed[1].verdicts == {"AC": 1, "WA": 1} and not listed[1].ok and listed[0].ok
    assert listed[0].time_class == "O(n)" and listed[0].score == 9.5
    attempt, as_json, as_text = history.stored_report(db, 1)
    assert (attempt.command, as_json, as_text) == ("submit", '{"a": 1}', "first text")
    stats = history.stats(db)
    assert len(stats) == 1 and stats[0].attempts == 2 and stats[0].accepted == 1
    assert stats[0].best_passed == 2 and stats[0].best_score == 9.5 and stats[0].first_accepted_at


def test_an_old_database_is_migrated_and_a_newer_one_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(db)
    connection.executescript(history.MIGRATIONS[0] + "PRAGMA user_version = 1;")
    connection.close()
    history.record(_report(), "submit", "{}", "text", 1.0, 2.0, path=db)
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS)
    assert connection.execute("SELECT score FROM attempts").fetchone()[0] == 1.0
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    with pytest.raises(UsageError, match="newer judge"):
        history.attempts(db)


def test_cli_history_show_and_stats(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(db))
    ran = run_judge(capsys, "history")
    assert ran.code == 0 and "no attempts recorded yet" in ran.out
    history.record(_report(1, 1), "submit", '{"kind": "submission"}', "the report text\n", path=db)
    ran = run_judge(capsys, "history", "top-k-products")
    assert ran.code == 0 and "1 WA" in ran.out and "top-k-products" in ran.out and "O(n)" in ran.out
    ran = run_judge(capsys, "history", "show", "1")
    assert ran.code == 0 and ran.out.startswith("attempt #1 · ") and "the report text" in ran.out
    ran = run_judge(capsys, "history", "show", "1", "--json")
    assert ran.out.strip() == '{"kind": "submission"}'
    ran = run_judge(capsys, "history", "show", "7")
    assert ran.code == 2 and "no attempt #7" in ran.err
    ran = run_judge(capsys, "history", "show")
    assert ran.code == 2 and "usage: judge history show ID" in ran.err
    ran = run_judge(capsys, "stats")
    assert ran.code == 0 and "top-k-products" in ran.out and "1/2" in ran.out
    monkeypatch.setenv("JUDGE_HISTORY", "off")
    ran = run_judge(capsys, "stats")
    assert ran.code == 2 and "turned off" in ran.err


def test_a_mistyped_slug_gets_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "history", "knnn")
    assert ran.code == 2 and "unknown problem `knnn`; did you mean `knn`?" in ran.err


def test_history_as_csv_reads_back_with_the_csv_module(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv
    import io

    db = tmp_path / "csv.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(db))
    history.record(_report(1, 1), "submit", "{}", "", path=db)
    history.record(_report(2, 0), "grade", "{}", "", 9.5, 10.0, path=db)
    ran = run_judge(capsys, "history", "--csv")
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    assert ran.code == 0 and [row["id"] for row in rows] == ["2", "1"]
    assert rows[1]["verdicts"] == "AC=1;WA=1" and rows[1]["accepted"] == "0" and rows[0]["accepted"] == "1"
    assert rows[0]["when"].endswith("Z") and rows[0]["time_class"] == "O(n)" and rows[0]["command"] == "grade"
    both = run_judge(capsys, "history", "--csv", "--json")
    assert both.code == 2 and "exclude each other" in both.err


def test_a_file_name_cannot_become_a_spreadsheet_formula() -> None:
    from judge.report import history as history_report

    attempt = history.Attempt(
        1,
        0.0,
        "submit",
        "p",
        "=HYPERLINK(1)",
        "ab",
        1,
        1,
        {"AC": 1},
        True,
        0.1,
        None,
        None,
        None,
        None,
        None,
        None,
    )
    assert ",'=HYPERLINK(1)," in history_report.render_csv([attempt])


def test_stats_by_verdict_and_week(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "by.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(db))
    history.record(_report(1, 3), "submit", "{}", "", path=db)
    history.record(_report(4, 0), "submit", "{}", "", path=db)
    found = history.attempts(db)
    by_verdict = {row.key: row for row in history.group_by_verdict(found)}
    assert (by_verdict["AC"].tests, by_verdict["AC"].attempts, by_verdict["AC"].accepted) == (5, 2, 1)
    assert (by_verdict["WA"].tests, by_verdict["WA"].attempts, by_verdict["WA"].accepted) == (3, 1, 0)
    (week,) = history.group_by_week(found)
    assert week.attempts == 2 and week.tests == 8 and week.accepted == 1 and week.problems == 1
    assert week.key.startswith(str(__import__("datetime").date.today().isocalendar()[0]) + "-W")
    ran = run_judge(capsys, "stats", "--by", "verdict")
    lines = ran.out.splitlines()
    assert ran.code == 0 and lines[0].split()[0] == "verdict" and lines[1].split()[:3] == ["AC", "2", "5"]
    ran = run_judge(capsys, "stats", "--by", "week", "--json")
    assert __import__("json").loads(ran.out)["groups"][0]["tests"] == 8
