"""Cold start: the commands' modules load only when their command runs."""

from __future__ import annotations

import subprocess
import sys


def test_the_version_imports_no_heavy_library() -> None:
    """Cold start: `judge --version` loads neither numpy, rich nor the docker SDK, nor any
    command's module (bench/overhead.py times it)."""
    probe = (
        "import sys\n"
        "from judge.cli.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('numpy', 'rich', 'docker', 'matplotlib', 'judge.cli.submit', 'judge.cli.grade')"
        " if m in sys.modules]\n"
        "print('heavy:', heavy)\n"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "judge, version" in found.stdout and "heavy: []" in found.stdout, found.stdout
