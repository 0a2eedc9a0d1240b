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


def test_grading_a_list_problem_locally_loads_neither_numpy_nor_the_docker_sdk() -> None:
    """The host side of a tests-only local submit of a problem without arrays: the checkers
    import numpy only to compare arrays, and the docker SDK loads only for the Docker sandbox."""
    probe = (
        "import sys\n"
        "from judge.cli.main import main\n"
        "try:\n"
        "    main(['submit', 'top-k-products', 'problems/top-k-products/reference.py',"
        " '--no-complexity', '--sandbox', 'local', '--json'])\n"
        "except SystemExit as end:\n"
        "    code = end.code\n"
        "heavy = [m for m in ('numpy', 'docker', 'matplotlib') if m in sys.modules]\n"
        "print('exit:', code, 'heavy:', heavy, file=sys.stderr)\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    # the first run may build the cases (the generator uses numpy); the second reads the cache
    warm = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=root)
    assert "exit: 0" in warm.stderr, warm.stderr[-2000:]
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=root)
    assert "exit: 0 heavy: []" in found.stderr, found.stderr[-2000:]
