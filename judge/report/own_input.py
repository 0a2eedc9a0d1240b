"""`judge run --input`: the learner's output beside the reference's on their own input."""

from __future__ import annotations

import io
import json
from dataclasses import asdict
from typing import Any

from rich.text import Text

from judge.models import Verdict
from judge.pipeline.records import OwnRun
from judge.report import difference
from judge.report.console import console_for
from judge.report.safe_text import for_terminal
from judge.report.summary import mebibytes, seconds

NDARRAY_KEY = "__ndarray__"
SHOWN_CHARS = 2000  # a long value keeps its head: the checker's message says where it differs


def render(run: OwnRun, width: int = 100, color: bool = False) -> str:
    buffer = io.StringIO()
    console = console_for(buffer, width, color)
    console.print(Text(f"{run.problem} · {run.function}({for_terminal(run.shown_input)})", style="bold"))
    if run.verdict is Verdict.CE:
        console.print(Text("Compile error:", style="bold red"))
        console.print(Text(for_terminal(run.message)))
        return buffer.getvalue()
    returned = run.verdict in (Verdict.AC, Verdict.WA)
    console.print(Text("yours:     " + (_value(run.output) if returned else "(no value returned)")))
    if run.reference_error:
        why = for_terminal(run.reference_error)
        text = f"reference: raised {why}: this input is outside the statement's limits"
        console.print(Text(text, style="yellow"))
    else:
        console.print(Text("reference: " + _value(run.expected)))
    if run.printed:
        console.print(Text("printed:\n" + for_terminal(run.printed.rstrip())))
    if run.message:
        console.print(Text(for_terminal(run.message)))
    if run.difference is not None:  # both values are printed above: the rest of the diff
        console.print(Text(difference.terminal_text(run.difference, run.message, values=False)))
    measured = f"{seconds(run.cpu_seconds)}, {mebibytes(run.peak_bytes)}"
    if run.reference_error:
        state = "returned" if run.verdict is Verdict.AC else run.verdict.value
        line, style = f"ran ({state}; nothing to compare with) · {measured}", "bold yellow"
    elif run.verdict is Verdict.AC:
        line, style = f"same as the reference · {measured}", "bold green"
    else:
        line, style = f"{run.verdict.value} ({run.verdict.description}) · {measured}", "bold red"
    console.print(Text(line, style=style))
    return buffer.getvalue()


def render_json(run: OwnRun) -> str:
    document = {
        "problem": run.problem,
        "function": run.function,
        "verdict": run.verdict.value,
        "same_as_reference": run.verdict is Verdict.AC and not run.reference_error,
        "message": run.message,
        "output": run.output,
        "reference_output": run.expected,
        "reference_error": run.reference_error or None,
        "cpu_seconds": run.cpu_seconds,
        "peak_bytes": run.peak_bytes,
        "sandbox": run.sandbox,
        "printed": run.printed,
        "difference": asdict(run.difference) if run.difference is not None else None,
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=True) + "\n"


def _value(value: Any) -> str:
    """JSON, numpy arrays as their nested lists with the dtype and shape after them."""
    suffix = ""
    if isinstance(value, dict) and NDARRAY_KEY in value:
        suffix = f"  (array {value.get('dtype')}, shape {tuple(value.get('shape', ()))})"
    text = json.dumps(_lists(value), ensure_ascii=False, allow_nan=True) + suffix
    return for_terminal(text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "...")


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        if NDARRAY_KEY in value:
            return value[NDARRAY_KEY]
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lists(item) for item in value]
    return value
