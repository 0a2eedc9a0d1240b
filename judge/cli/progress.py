"""Live progress on stderr while tests run: the sandbox line always, a bar on a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from judge.grading.grader import GradeEvent, ProblemStarted
from judge.grading.records import RepoOutcome
from judge.pipeline.curves import CurveProgress
from judge.pipeline.submit import ProgressEvent, Started, TestFinished


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
                self._start_bar(event.tests)
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

    def _start_bar(self, tests: int) -> None:
        self.bar = _bar("{task.description}", transient=True)
        self.bar.start()
        if tests:
            self.task = self.bar.add_task("tests", total=tests)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.stop()


class GradeReporter(Reporter):
    """`judge grade`: a line per problem on stderr, and the test/growth bars of each."""

    def __init__(self) -> None:
        super().__init__(enabled=True)
        self.sandbox_shown = False

    def __enter__(self) -> GradeReporter:
        return self

    def on_event(self, event: GradeEvent) -> None:
        if isinstance(event, ProblemStarted):
            if self.bar is not None:
                self.bar.stop()
                self.bar = None
                self.task = self.curve_task = None
            click.echo(f"[{event.index + 1}/{event.total}] {event.slug}", err=True)
        elif isinstance(event, Started):
            if not self.sandbox_shown:
                click.echo(f"sandbox: {event.sandbox}", err=True)
                self.sandbox_shown = True
            if sys.stderr.isatty():
                self._start_bar(event.tests)
        else:
            super().on_event(event)


class BatchReporter:
    """`judge grade-many`: a bar over the repos on a terminal, and a line per finished repo."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> BatchReporter:
        if sys.stderr.isatty():
            self.bar = _bar("{task.description}", transient=False)
            self.bar.start()
            self.task = self.bar.add_task("repos", total=self.total)
        return self

    def on_done(self, outcome: RepoOutcome) -> None:
        self.done += 1
        report = outcome.report
        detail = outcome.message
        if report is not None:
            detail = (
                f"{report.passed}/{len(report.problems)} passed, score {report.score:g}/{report.max_score:g}"
            )
        line = f"[{self.done}/{self.total}] {outcome.source.name}: {outcome.status} ({detail})"
        if self.bar is not None and self.task is not None:
            self.bar.console.print(line, highlight=False, markup=False)
            self.bar.update(self.task, completed=self.done)
        else:
            click.echo(line, err=True)

    def on_running(self, running: int) -> None:
        """grade-many --broker: how many repos the workers are grading right now."""
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, description=f"repos ({running} grading)")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _bar(label: str, transient: bool) -> Progress:
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=transient,
    )
