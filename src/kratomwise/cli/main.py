"""The ``kratomwise`` command. Each command group lives in its own module with a
``register(app)`` function; only ``serve`` imports Django, and only when it runs."""

from __future__ import annotations

import os
import sys
from importlib import import_module

import click
import typer

from kratomwise import __version__

try:  # Typer >= 0.20 vendors its own copy of click
    from typer._click import exceptions as _vendored
except ImportError:  # pragma: no cover - older Typer uses click itself
    _vendored = click.exceptions

_EXIT: tuple[type[BaseException], ...] = (click.exceptions.Exit, typer.Exit)
_USAGE: tuple[type[BaseException], ...] = (click.exceptions.UsageError, _vendored.UsageError)
_ABORT: tuple[type[BaseException], ...] = (
    click.exceptions.Abort,
    getattr(typer, "Abort", click.Abort),
)
_CLICK: tuple[type[BaseException], ...] = (
    click.exceptions.ClickException,
    _vendored.ClickException,
)


app = typer.Typer(
    name="kratomwise",
    help="Evidence-first harm-reduction and recovery-support tools for kratom.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules, in the order they appear in --help.
COMMAND_MODULES = (
    "serve",
    "evidence",
    "check",
    "interactions",
    "law",
    "score",
    "taper",
    "analyze",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kratomwise {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Evidence-first harm-reduction and recovery-support tools for kratom."""


for _name in COMMAND_MODULES:
    import_module(f"kratomwise.cli.{_name}").register(app)


def invoke(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; usage errors become one line on stderr (code 2)."""
    try:
        result = app(args=argv, prog_name="kratomwise", standalone_mode=False)
    except _EXIT as exc:
        return exc.exit_code
    except _USAGE as exc:
        sys.stderr.write(f"kratomwise: {' '.join(exc.format_message().split())}\n")
        return 2
    except _ABORT:
        sys.stderr.write("kratomwise: aborted\n")
        return 1
    except _CLICK as exc:
        sys.stderr.write(f"kratomwise: {exc.format_message()}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("KRATOMWISE_DEBUG"):
            raise
        sys.stderr.write(
            f"kratomwise: internal error: {exc!r} (KRATOMWISE_DEBUG=1 shows details)\n"
        )
        return 1
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(invoke())
