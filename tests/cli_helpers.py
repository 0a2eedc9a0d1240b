"""Run the real `judge` entry point in-process and capture what a user would see."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from judge.cli.main import main


@dataclass
class Ran:
    code: int
    out: str
    err: str


def run_judge(capsys: pytest.CaptureFixture[str], *args: str) -> Ran:
    capsys.readouterr()
    try:
        main(list(args))
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    else:  # pragma: no cover - main always exits
        code = 0
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)
