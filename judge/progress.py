"""Live progress on stderr while tests run: the sandbox line always, a bar on a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from judge.curves import CurveProgress
from judge.pipeline import ProgressEvent, Started, TestFinished


class Reporter:
    """Context manager; ``on_event`` is the pipeline's callback."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.curve_task: TaskID | None = None
        self.curve_label = ""

    def __enter__(self) -> Reporter:
        return self

    def on_event(self, event: ProgressEvent) -> None:
        if isinstance(event, Started):
            click.echo(f"sandbox: {event.sandbox}", err=True)
            if self.enabled and sys.stderr.isatty():
                self.bar = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=Console(file=sys.stderr),
                    transient=True,
                )
                self.bar.start()
                if event.tests:
                    self.task = self.bar.add_task("tests", total=event.tests)
        elif isinstance(event, TestFinished) and self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=event.done)
        elif isinstance(event, CurveProgress) and self.bar is not None:
            label = f"growth: {event.who}"
            if self.curve_task is None or self.curve_label != label:
                if self.curve_task is not None:
                    self.bar.remove_task(self.curve_task)
                self.curve_task = self.bar.add_task(label, total=event.total)
                self.curve_label = label
            self.bar.update(self.curve_task, completed=event.done)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.stop()
