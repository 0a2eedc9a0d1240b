"""`judge sandbox status` says what the local sandbox does and does not protect."""

from __future__ import annotations

import pytest

from tests.cli_helpers import run_judge


def test_status_names_what_local_protects_and_what_it_does_not(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "sandbox", "status")
    assert ran.code in (0, 4)
    text = ran.out
    assert "local sandbox (--sandbox local): for your own code only" in text
    assert "protects: CPU, memory" in text and "a scrubbed environment" in text
    assert "does not protect: this machine's files" in text and "the network" in text
    assert "docs/security.md" in text
