"""A notebook as a submission: code cells joined in order, IPython-only lines dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge import notebook, submission
from judge.errors import UsageError


def _notebook(*cells: tuple[str, str]) -> bytes:
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {},
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)}
                for kind, text in cells
            ],
        }
    ).encode()


def test_code_cells_in_order_with_magics_and_shell_lines_dropped() -> None:
    data = _notebook(
        ("markdown", "# My answer\nnot code"),
        ("code", "!pip install numpy\n%matplotlib inline\nimport math"),
        ("code", "def area(r):\n    %time x = 1\n    return math.pi * r * r"),
        ("code", "%%bash\n  echo hi\nls"),
        ("code", "%%time\nprint(area(2))\nfiles = !ls"),
        ("code", "x = (7\n     % 4)"),  # a continued modulo, not a magic: plain Python is kept
    )
    source, note = notebook.to_source(data, "answer.ipynb")
    namespace: dict[str, object] = {}
    exec(compile(source, "answer.py", "exec"), namespace)  # the joined cells are valid Python
    assert namespace["x"] == 3 and callable(namespace["area"])
    assert "not code" not in source and "# %% cell 1" in source and "# %% cell 5" in source
    assert "pass  # dropped by the judge: !pip install numpy" in source
    assert "    pass  # dropped by the judge: %time x = 1" in source  # keeps the block valid
    assert note == (
        "answer.ipynb: a notebook: graded its 5 code cells joined in order "
        "(8 IPython magic or shell lines dropped)"
    )


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"{not json", "is not a readable notebook (not JSON)"),
        (b'{"cells": 3}', "is not a notebook (no cells"),
        (_notebook(("markdown", "just words")), "the notebook has no code cells"),
        (b'{"cells": [{"cell_type": "code", "source": 7}]}', "a code cell's source is not text"),
    ],
)
def test_what_is_not_a_usable_notebook_gets_one_line_with_the_fix(data: bytes, needle: str) -> None:
    with pytest.raises(UsageError) as raised:
        notebook.to_source(data, "answer.ipynb")
    message = raised.value.message
    assert message.startswith("answer.ipynb: ") and needle in message and "\n" not in message
    if "no code cells" not in needle:
        assert "jupyter nbconvert --to script" in message


def test_a_submitted_notebook_is_read_as_its_cells(tmp_path: Path) -> None:
    path = tmp_path / "top_k.ipynb"
    path.write_bytes(_notebook(("code", "def top_k_products(purchases, k):\n    return []")))
    read = submission.read(path)
    assert "def top_k_products" in read.source and read.note.startswith(f"{path}: a notebook")
