"""The ``kratomwise`` command. Each command group lives in its own module with a
``register(app)`` function; only ``serve`` and ``tokens`` import Django, and only when they run."""

from __future__ import annotations

import contextvars
import os
import sys
from importlib import import_module

import typer

from kratomwise import __version__, i18n

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
    "tokens",
    "evidence",
    "check",
    "interactions",
    "law",
    "score",
    "taper",
    "analyze",
    "users",
    "audit",
    "summary",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kratomwise {__version__}")
        raise typer.Exit()


LANG_OPTION = "--lang"


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    lang: str | None = typer.Option(
        None,
        LANG_OPTION,
        help=(
            "Language of the output: en, th, ms, id or es; accepted before or after the "
            "command. Default: KRATOMWISE_LANG, then LC_ALL/LC_MESSAGES/LANG, then en."
        ),
    ),
) -> None:
    """Evidence-first harm-reduction and recovery-support tools for kratom."""


def _take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` from anywhere before ``--`` (a global option that may follow
    the command, as in ``kratomwise triage ... --lang th``); the rest of the arguments."""
    chosen: str | None = None
    rest: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--":
            rest += [arg, *args]
            break
        if arg == LANG_OPTION:
            chosen = next(args, "")
        elif arg.startswith(LANG_OPTION + "="):
            chosen = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return chosen, rest


for _name in COMMAND_MODULES:
    import_module(f"kratomwise.cli.{_name}").register(app)


def invoke(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; usage errors become one line on stderr (code 2).

    The core speaks the chosen language for this call only (a copied context: tests and
    programs that invoke several times keep their own language)."""
    return contextvars.copy_context().run(_invoke, sys.argv[1:] if argv is None else argv)


def _invoke(argv: list[str]) -> int:
    chosen, argv = _take_language(argv)
    try:
        language = i18n.parse_language(chosen) if chosen is not None else None
        i18n.set_language(language or i18n.language_from_environment(os.environ))
    except i18n.UnknownLanguage as exc:
        sys.stderr.write(f"kratomwise: {exc}\n")
        return 2
    try:
        result = app(args=argv, prog_name="kratomwise", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        sys.stderr.write("kratomwise: aborted\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Typer's (click-style) usage errors carry their own message and exit code.
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            message = " ".join(str(exc.format_message()).split())
            sys.stderr.write(f"kratomwise: {message}\n")
            return int(exc.exit_code)
        if os.environ.get("KRATOMWISE_DEBUG"):
            raise
        # Never a traceback for a user.
        sys.stderr.write(
            f"kratomwise: internal error: {exc!r} (KRATOMWISE_DEBUG=1 shows details)\n"
        )
        return 1
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(invoke())
