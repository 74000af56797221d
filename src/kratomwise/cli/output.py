"""Shared output helpers: JSON on stdout, one-line errors on stderr, Rich text otherwise."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

EXIT_BAD_INPUT = 2


class Format(enum.StrEnum):
    text = "text"
    json = "json"


# One option definition so every command spells --format the same way.
FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text (readable) or json.")


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def emit_json(obj: Any) -> None:
    """Print ``obj`` as one JSON document: machine output only, no colour."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def emit_jsonl(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Print one line to stderr and exit (2 = bad input)."""
    sys.stderr.write(f"kratomwise: {' '.join(message.split())}\n")
    raise typer.Exit(code)


def read_text(source: str | Path) -> str:
    """The text of the file ``source`` ("-" is standard input; a UTF-8 byte-order mark is
    dropped), or a one-line error naming it (exit 2)."""
    try:
        if str(source) == "-":
            return sys.stdin.read()
        return Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}")


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD option value, or a one-line error naming the option (exit 2)."""
    text = text.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    fail(f"{option} {text!r} is not a date in the form YYYY-MM-DD")
