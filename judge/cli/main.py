"""The `judge` command group, and the one boundary where exceptions become exit codes.

Each command lives in the module of its subject (submit, grade, problems, sandbox, history) and
is thin: parse, call one function, render, exit. Those modules are imported only when their
command runs: `judge --version` must not pay for numpy, rich or the docker SDK. Exit codes
(judge/errors.py): 0 accepted / ok, 1 the submission failed, 2 usage or bad input, 3 a broken
problem package, 4 the sandbox is unavailable or the judge failed, 130 interrupted.
"""

from __future__ import annotations

import importlib
import platform
import signal
import sys
import traceback
from typing import Any, NoReturn

import click

from judge import __version__, paths
from judge.errors import ExitCode, JudgeError

# command name -> (module, attribute): imported when that command runs (or for --help)
COMMANDS = {
    "list": ("judge.cli.problems", "list_command"),
    "show": ("judge.cli.problems", "show_command"),
    "init": ("judge.cli.problems", "init_command"),
    "submit": ("judge.cli.submit", "submit_command"),
    "run": ("judge.cli.submit", "run_command"),
    "watch": ("judge.cli.watch", "watch_command"),
    "complexity": ("judge.cli.submit", "complexity_command"),
    "profile": ("judge.cli.submit", "profile_command"),
    "calibrate": ("judge.cli.problems", "calibrate_command"),
    "verify": ("judge.cli.problems", "verify_command"),
    "sandbox": ("judge.cli.sandbox", "sandbox_group"),
    "grade": ("judge.cli.grade", "grade_command"),
    "grade-many": ("judge.cli.grade", "grade_many_command"),
    "baseline": ("judge.cli.grade", "baseline_group"),
    "worker": ("judge.cli.worker", "worker_command"),
    "history": ("judge.cli.history", "history_command"),
    "stats": ("judge.cli.history", "stats_command"),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge")
def cli() -> None:
    """mljudge: grade ML interview solutions for correctness and growth."""


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
        from judge.cli import terminal

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
