"""A Jupyter notebook as a submission: its code cells, in order, as one Python module. Pure.

IPython-only lines cannot run in the sandbox's plain Python: line magics (``%timeit f()``),
shell lines (``!pip install x``, ``files = !ls``) and cell magics that are not Python
(``%%bash``) are dropped. A dropped line becomes ``pass`` at its indentation, so the blocks
around it stay valid and every other line keeps its place. Each cell starts with a
``# %% cell N`` marker line, so an error's line can be traced back to its cell.
"""

from __future__ import annotations

import json
import re
from typing import Any

from judge.errors import UsageError

NBCONVERT_HINT = "export it with `jupyter nbconvert --to script` and submit the .py"
# Cell magics whose body is still Python: keep the body, drop the magic line.
PYTHON_CELL_MAGICS = frozenset({"time", "capture", "prun"})
_SHELL_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\s*=\s*[!%]")


def to_source(data: bytes, shown: str) -> tuple[str, str]:
    """(Python source, one line saying what was done) for the notebook ``data``."""
    cells = _code_cells(data, shown)
    if not cells:
        raise UsageError(f"{shown}: the notebook has no code cells; write your solution in one")
    lines: list[str] = []
    dropped = 0
    for number, cell in enumerate(cells, 1):
        lines.append(f"# %% cell {number}")
        kept, cell_dropped = _cell_lines(cell)
        lines.extend(kept)
        dropped += cell_dropped
    what = f"{dropped} IPython magic or shell line{'s' if dropped != 1 else ''} dropped"
    note = f"{shown}: a notebook: graded its {len(cells)} code cells joined in order ({what})"
    return "\n".join(lines) + "\n", note


def _code_cells(data: bytes, shown: str) -> list[str]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise UsageError(
            f"{shown}: is not a readable notebook (not JSON); save it again from Jupyter, or {NBCONVERT_HINT}"
        ) from None
    cells = document.get("cells") if isinstance(document, dict) else None
    if not isinstance(cells, list):
        raise UsageError(f"{shown}: is not a notebook (no cells: nbformat 4 expected); {NBCONVERT_HINT}")
    found = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            found.append(_text(cell.get("source", ""), shown))
    return found


def _text(source: Any, shown: str) -> str:
    if isinstance(source, str):
        return source
    if isinstance(source, list) and all(isinstance(line, str) for line in source):
        return "".join(source)
    raise UsageError(
        f"{shown}: a code cell's source is not text; save it again from Jupyter, or {NBCONVERT_HINT}"
    )


def _cell_lines(cell: str) -> tuple[list[str], int]:
    lines = cell.splitlines()
    if _compiles(cell):  # plain Python: a line starting with % may be a continued modulo
        return lines, 0
    first = lines[0].strip() if lines else ""
    if first.startswith("%%"):
        magic = first[2:].split(maxsplit=1)[0] if len(first) > 2 else ""
        if magic not in PYTHON_CELL_MAGICS:  # %%bash, %%writefile ...: the whole cell is not Python
            return [_dropped(line.strip()) for line in lines], len(lines)
        lines = [_dropped(lines[0]), *lines[1:]]
        kept, dropped = _line_by_line(lines[1:])
        return [lines[0], *kept], dropped + 1
    return _line_by_line(lines)


def _line_by_line(lines: list[str]) -> tuple[list[str], int]:
    kept = []
    dropped = 0
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")) or _SHELL_ASSIGNMENT.match(stripped):
            kept.append(_dropped(line))
            dropped += 1
        else:
            kept.append(line)
    return kept, dropped


def _compiles(cell: str) -> bool:
    try:
        compile(cell, "cell", "exec", dont_inherit=True)  # parsed only, never run here
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _dropped(line: str) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    return f"{indent}pass  # dropped by the judge: {line.strip()}"
