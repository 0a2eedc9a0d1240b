"""The commands about problem packages: `judge list`, `show` and `init` for learners; `verify`
and `calibrate` for the maintainers who write them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from judge import paths
from judge.backends import browser
from judge.backends.choice import choose
from judge.cli import output, terminal
from judge.cli.submit import SANDBOX_CHOICE
from judge.package import budgets, catalog, problems
from judge.pipeline import calibrate, mutation, verify
from judge.pipeline.records import mutation_exit_code, verify_exit_code
from judge.report import catalog as catalog_report
from judge.report import mutants as mutants_report
from judge.report import verify as verify_report


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_command(as_json: bool) -> None:
    """List the problems."""
    entries = catalog.entries()
    if as_json:
        terminal.print_json({"kind": "problems", "problems": entries})
    else:
        click.echo(catalog_report.render_list(entries, paths.problem_banks()), nl=False)


@click.command("show")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (statement as Markdown).")
@click.option("--open", "open_page", is_flag=True, help="Open the statement as a web page in a browser.")
def show_command(slug: str, as_json: bool, open_page: bool) -> None:
    """Show a problem's statement."""
    problem = problems.load(slug)
    if as_json:
        terminal.print_json({"kind": "problem", **catalog.describe(problem)})
    elif open_page:
        page = output.write_statement_page(problem)
        if browser.open_page(page):
            click.echo(f"opened {page} in a browser")
        else:
            click.echo(f"no browser found on this machine; the statement is at {page}")
    else:
        text = catalog_report.render_statement(problem, catalog.statement(problem), color=terminal.color())
        click.echo(text, nl=False)


@click.command("init")
@click.argument("slug")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def init_command(slug: str, path: Path | None, force: bool) -> None:
    """Write a problem's starter file (default: ./<entry_point>.py)."""
    written = output.write_starter(problems.load(slug), path, force)
    click.echo(f"wrote {written}; solve it, then: judge submit {slug} {written}")


@click.command("calibrate")
@click.argument("slug")
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True, envvar="JUDGE_SANDBOX")
@click.option(
    "--repeat",
    default=3,
    show_default=True,
    type=click.IntRange(1, 20),
    help="Runs of the reference; the slowest counts.",
)
@click.option("--dry-run", is_flag=True, help="Print the budgets without writing problem.toml.")
def calibrate_command(slug: str, sandbox: str, repeat: int, dry_run: bool) -> None:
    """Measure the reference and write per-test budgets into problem.toml (maintainers)."""
    problem = problems.load(slug, drop_stale_budgets=True)  # a removed case's budget goes too
    table = calibrate.calibrate(problem, sandbox, repeat, log=terminal.note)
    if dry_run:
        click.echo(table, nl=False)
    else:
        budgets.write(problem, table)
        click.echo(f"wrote [budgets] for {len(problem.cases)} cases to {problem.root / 'problem.toml'}")


@click.command("verify")
@click.argument("slugs", nargs=-1)
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True, envvar="JUDGE_SANDBOX")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--no-complexity", is_flag=True, help="Skip the growth of accepted and too_slow solutions.")
@click.option(
    "--mutants",
    is_flag=True,
    help="Instead: judge every mutant of each reference against its cases; report the kill rate.",
)
def verify_command(
    slugs: tuple[str, ...], sandbox: str, as_json: bool, no_complexity: bool, mutants: bool
) -> None:
    """Check problem packages (all, or SLUGS): reference, known solutions, budget headroom.

    Exit 0 when every package is sound, 1 when a known solution or the reference does not get
    its verdict (with --mutants: when a mutant survives), 3 when a package cannot be loaded.
    """
    for slug in slugs:
        problems.find(slug)  # an unknown slug is a usage error before anything runs
    if mutants:
        found = [
            mutation.check(problems.load(slug), log=terminal.note) for slug in slugs or problems.list_slugs()
        ]
        click.echo(
            mutants_report.render_json(found) if as_json else mutants_report.render_text(found), nl=False
        )
        sys.exit(int(mutation_exit_code(found)))
    checks = verify.verify(list(slugs), choose(sandbox), log=terminal.note, growth=not no_complexity)
    click.echo(verify_report.render_json(checks) if as_json else verify_report.render_text(checks), nl=False)
    sys.exit(int(verify_exit_code(checks)))
