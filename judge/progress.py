"""Live progress on stderr while tests run: the sandbox line always, a bar on a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from judge.pipeline import ProgressEvent, Started, TestFinished


class Reporter:
    """Context manager; ``on_event`` is the pipeline's callback."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> Reporter:
        return self

    def on_event(self, event: ProgressEvent) -> None:
        if isinstance(event, Started):
            click.echo(f"sandbox: {event.sandbox}", err=True)
            if self.enabled and sys.stderr.isatty():
                self.bar = Progress(
                    TextColumn("grading"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=Console(file=sys.stderr),
                    transient=True,
                )
                self.bar.start()
                self.task = self.bar.add_task("tests", total=event.tests)
        elif isinstance(event, TestFinished) and self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=event.done)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.stop()
