"""The `judge` command group, and the one boundary where exceptions become exit codes.

Each command lives in the module of its subject (submit, grade, problems, sandbox, history) and
is thin: parse, call one function, render, exit. Exit codes (judge/errors.py): 0 accepted / ok,
1 the submission failed, 2 usage or bad input, 3 a broken problem package, 4 the sandbox is
unavailable or the judge failed, 130 interrupted.
"""

from __future__ import annotations

import platform
import signal
import sys
import traceback
from typing import Any, NoReturn

import click

from judge import __version__, paths
from judge.cli import grade, history, problems, sandbox, submit, terminal
from judge.errors import ExitCode, JudgeError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge")
def cli() -> None:
    """mljudge: grade ML interview solutions for correctness and growth."""


for command in (
    problems.list_command,
    problems.show_command,
    problems.init_command,
    submit.submit_command,
    submit.complexity_command,
    submit.profile_command,
    problems.calibrate_command,
    problems.verify_command,
    sandbox.sandbox_group,
    grade.grade_command,
    grade.grade_many_command,
    grade.baseline_group,
    history.history_command,
    history.stats_command,
):
    cli.add_command(command)


def _terminate(signum: int, frame: Any) -> NoReturn:
    # SIGTERM unwinds like Ctrl-C, so every `finally` removes its container and temp dir.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> NoReturn:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        cli.main(args=argv, prog_name="judge", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(int(ExitCode.USAGE))
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except KeyboardInterrupt:
        click.echo("interrupted; the sandbox was cleaned up", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except JudgeError as error:
        terminal.error(error.message)
        sys.exit(int(error.exit_code))
    except UnicodeEncodeError as error:  # pragma: no cover - terminal cannot show the output
        click.echo(
            f"error: the terminal cannot display the output ({error.reason}); set LANG=C.UTF-8", err=True
        )
        sys.exit(int(ExitCode.USAGE))
    except Exception as error:  # a bug of the judge: one line here, the traceback in a file
        click.echo(internal_error_line(error, argv), err=True)
        sys.exit(int(ExitCode.JUDGE_FAILED))
    sys.exit(0)


def internal_error_line(error: Exception, argv: list[str] | None) -> str:
    """``internal error: <type>: <message> (the traceback is in <file>; ...)``."""
    details = "".join(traceback.format_exception(error))
    header = f"judge {__version__} on Python {platform.python_version()}\nargv: {argv or sys.argv[1:]}\n\n"
    where = paths.write_crash_report(header + details)
    message = " ".join(str(error).split())[:300] or "(no message)"
    kept = f"the traceback is in {where}" if where else "the traceback could not be saved"
    return f"internal error: {type(error).__name__}: {message} ({kept}; please report it)"
