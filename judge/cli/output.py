"""Every file a command writes for its user: the --report folder, grade's --json/--junit/...
files, the starter `judge init` writes, grade-many's results. Each goes through
paths.write_atomic (a temporary name, then a rename), and one that cannot be written is named
while the others are still written: the caller prints the result anyway and exits 4. The
stores that keep their own files (the history, the cache, baselines, [budgets]) write them
themselves."""

from __future__ import annotations

from pathlib import Path

from judge import paths
from judge.errors import JudgeError, UsageError
from judge.grading.records import RepoOutcome
from judge.models import Problem, Report
from judge.package import catalog
from judge.report import batch as batch_report
from judge.report import catalog as catalog_report
from judge.report import grade_json, to_html, to_json


def prepare_folder(folder: Path, flag: str) -> None:
    """Create an output folder up front, so a bad flag fails before any grading."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{folder}: cannot create the {flag} directory ({error.strerror})") from None


def check_file(path: Path | None, flag: str) -> Path | None:
    """Fail before grading when an output file cannot be written later."""
    if path is None:
        return None
    if path.is_dir():
        raise UsageError(f"{path}: is a directory; {flag} takes a file path")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such directory for {flag}; create it first")
    return path


def write_files(files: dict[Path, str | bytes], labels: dict[Path, str] | None = None) -> list[str]:
    """Write each file; return one line per file that could not be written (the rest are),
    named by its label (the flag that asked for it) when given."""
    failed = []
    for path, data in files.items():
        try:
            paths.write_atomic(path, data)
        except (JudgeError, OSError) as error:
            reason = error.message if isinstance(error, JudgeError) else error.strerror or str(error)
            label = f"{labels[path]} " if labels and path in labels else ""
            failed.append(f"{label}{path}: not written ({reason})")
    return failed


def write_report_folder(report: Report, folder: Path) -> tuple[Path, list[str]]:
    """report.json, the growth plots and report.html into ``folder``; the page's path and what
    could not be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)  # removed while the run went on: made again
    except OSError:
        pass  # each file then says why it was not written
    files: dict[Path, str | bytes] = {folder / "report.json": to_json.render(report)}
    files.update({folder / name: data for name, data in to_html.plots(report).items()})
    files[folder / "report.html"] = to_html.page(report)
    return folder / "report.html", write_files(files)


def write_statement_page(problem: Problem) -> Path:
    """The statement's HTML page, in the cache (a browser reads it after this process ends)."""
    page = paths.cache_dir() / "statements" / f"{problem.slug}.html"
    command = f"judge submit {problem.slug} {catalog.starter_target(problem, None).name}"
    text = catalog_report.statement_page(problem, catalog.statement(problem), command)
    try:
        page.parent.mkdir(parents=True, exist_ok=True)
        paths.write_atomic(page, text)
    except (JudgeError, OSError) as error:
        reason = error.message if isinstance(error, JudgeError) else error.strerror
        raise UsageError(
            f"{page}: cannot be written ({reason}); set JUDGE_CACHE_DIR to a writable folder"
        ) from None
    return page


def write_starter(problem: Problem, path: Path | None, force: bool) -> Path:
    target = catalog.starter_target(problem, path)
    if target.exists() and not force:
        raise UsageError(
            f"{paths.shown(target)}: already exists; pass --force to overwrite it or name another path"
        )
    try:
        target.write_text(problem.starter_path.read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{paths.shown(target)}: cannot be written ({error.strerror})") from None
    return target


def write_repo_result(out_dir: Path, outcome: RepoOutcome) -> list[str]:
    """grade-many: one repo's result, as soon as it is graded."""
    if outcome.report is None:
        return []
    return write_files({out_dir / f"{outcome.source.name}.json": grade_json.render(outcome.report)})


def write_batch_summaries(out_dir: Path, outcomes: list[RepoOutcome]) -> list[str]:
    return write_files(
        {
            out_dir / "summary.csv": batch_report.summary_csv(outcomes),
            out_dir / "summary.json": batch_report.summary_json(outcomes),
        }
    )
