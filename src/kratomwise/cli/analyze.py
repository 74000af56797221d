"""``kratomwise analyze``: daily totals and signals for a journal CSV, no database needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from kratomwise.cli import output
from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail, parse_date

WINDOW_DAYS = 28


FILE_ARGUMENT = typer.Argument(
    ...,
    metavar="FILE",
    help="Journal CSV (header taken_at,substance,form,amount,unit,craving,mood,note); "
    "- reads stdin.",
    show_default=False,
)
CAPSULE_OPTION = typer.Option(
    None, "--capsule-g", help="Grams of leaf in one capsule, to count capsules as leaf grams."
)
TODAY_OPTION = typer.Option(
    None, "--today", help="The date to analyse up to, YYYY-MM-DD (default: today)."
)


def analyze(
    file: Path = FILE_ARGUMENT,
    capsule_g: float | None = CAPSULE_OPTION,
    today: str | None = TODAY_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Analyse a journal CSV: daily totals, streaks and signals, each with its fact ids."""
    from kratomwise.usage import FormatError, Settings, parse_csv
    from kratomwise.usage import analyze as run_analysis

    if capsule_g is not None and not capsule_g > 0:
        fail("--capsule-g must be a number greater than 0")
    day = parse_date(today, "--today") if today is not None else None
    try:
        entries = parse_csv(output.read_text(file))
    except FormatError as exc:
        fail(f"{file}: {exc}")
    result = run_analysis(entries, Settings(grams_per_capsule=capsule_g), day)
    if fmt == Format.json:
        emit_json(result.as_dict())
        return
    _print_text(result)


def _print_text(result: Any) -> None:
    from rich.table import Table

    from kratomwise.usage import unit_label

    out = console()
    if result.entries == 0:
        out.print("No entries in this file.")
        return
    last = (
        f"last use {result.days_since_last_use} day(s) before {result.today}."
        if result.days_since_last_use is not None
        else "no kratom use logged."
    )
    out.print(
        f"[bold]{result.entries}[/] entries from {result.first_day} to {result.last_day}; "
        f"used on {result.days_used} days; longest daily streak "
        f"{result.longest_streak_days} days; {last}"
    )
    totals = result.unit_totals(WINDOW_DAYS)
    if totals:
        table = Table(title=f"Last {WINDOW_DAYS} days to {result.today}")
        table.add_column("what")
        table.add_column("total", justify="right")
        for key, amount in sorted(totals.items()):
            table.add_row(unit_label(key), f"{amount:.4g}")
        out.print(table)
    if not result.signals:
        out.print(f"No signals in the last {WINDOW_DAYS} days.")
    for signal in result.signals:
        out.print(
            f"[bold]{signal.level.upper()}[/] {signal.code} ({signal.start} to {signal.end}): "
            f"{signal.explanation} [dim]Facts: {', '.join(signal.fact_ids)}[/]"
        )


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("analyze")(analyze)
