"""``kratomwise law``: legal status of kratom and 7-OH by place.

``kratomwise law-validate FILE`` checks an updated CSV for maintainers."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kratomwise.cli.output import (
    EXIT_BAD_INPUT,
    FORMAT_OPTION,
    Format,
    console,
    emit_json,
    fail,
    parse_date,
    read_text,
)

if TYPE_CHECKING:
    from kratomwise.law import Answer, Candidate


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _labels(candidates: list[Candidate]) -> str:
    return ", ".join(candidate.label() for candidate in candidates)


def law_command(
    query: str = typer.Argument(
        ..., metavar="QUERY", help="A code (US-TX, US-CO:denver, TH) or a place name (Denver)."
    ),
    today: str | None = typer.Option(
        None, "--today", metavar="YYYY-MM-DD", help="Judge staleness against this date."
    ),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Is kratom (and 7-OH) legal in a place? Shows each layer, dates and confidence."""
    from kratomwise.law import AmbiguousPlace, PlaceNotFound, lookup

    day = parse_date(today, "--today") if today is not None else date.today()
    try:
        answer = lookup(query, today=day)
    except AmbiguousPlace as exc:
        fail(
            f"{_short(query)} matches several places: {_labels(exc.candidates)}; "
            "give one of these codes instead"
        )
    except PlaceNotFound as exc:
        hint = f"; did you mean: {_labels(exc.suggestions)}?" if exc.suggestions else ""
        fail(f"{exc.reason or f'no place matches {_short(query)}'}{hint}")
    if fmt is Format.json:
        emit_json(answer.as_dict())
        return
    _print_answer(answer)


def _print_answer(answer: Answer) -> None:
    from rich.markup import escape
    from rich.table import Table

    from kratomwise.law import load

    out = console()
    level = answer.level.value
    out.print(f"[bold]{escape(answer.name)}[/bold] [dim]({escape(answer.code)}, {level})[/dim]")
    out.print(f"Kratom: [bold]{answer.kratom_status.value}[/bold]")
    out.print(f"7-OH products: [bold]{answer.seven_oh_status.value}[/bold]")
    if answer.min_age is not None:
        out.print(f"Minimum age: {answer.min_age}")
    effective = answer.effective_date.text if answer.effective_date else "not known"
    out.print(
        f"As of {answer.as_of.text} · in effect since {effective} · "
        f"confidence {answer.confidence.value}"
    )
    for note in answer.all_notes:
        style = "bold yellow" if answer.stale and note == answer.all_notes[-1] else ""
        out.print(f"[{style}]! {escape(note)}[/{style}]" if style else f"! {escape(note)}")
    for reason in answer.stale_reasons:
        out.print(f"  - {escape(reason)}")

    table = Table(title="Layers, widest first", title_justify="left")
    for column in ("Place", "Level", "Kratom", "7-OH", "As of", "Confidence"):
        table.add_column(column)
    for row in answer.layers:
        table.add_row(
            escape(f"{row.name} ({row.code})"),
            row.level.value,
            row.kratom_status.value,
            row.seven_oh_status.value,
            row.as_of.text,
            row.confidence.value + (" (stale)" if answer.layer_is_stale(row) else ""),
        )
    out.print(table)
    for row in answer.layers:
        if row.requirements or row.law_reference:
            out.print(f"[bold]{escape(row.name)}[/bold]")
        if row.requirements:
            out.print(f"  {escape(row.summary)}")
        if row.law_reference:
            out.print(f"  [dim]Law:[/dim] {escape(row.law_reference)}")
    if answer.sources:
        out.print("[bold]Sources[/bold]")
        for url in answer.sources:
            out.print(f"  {url}", markup=False)
    out.print(f"[dim]Data set as of {load().newest_as_of.text}.[/dim]")


FILE_ARGUMENT = typer.Argument(..., metavar="FILE", help="An updated legal_status.csv to check.")


def validate_command(file: Path = FILE_ARGUMENT) -> None:
    """Check an updated legal-status CSV before packaging it (exit 2 if it has errors)."""
    from kratomwise.law import check_csv

    checked = check_csv(read_text(file), source=str(file))  # messages name file, line, column
    for warning in checked.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    if checked.errors:
        for error in checked.errors:
            sys.stderr.write(f"{error}\n")
        raise typer.Exit(EXIT_BAD_INPUT)
    newest = max((row.as_of for row in checked.rows), key=lambda d: (d.start, len(d.text)))
    warned = f", {len(checked.warnings)} warning(s)" if checked.warnings else ""
    typer.echo(f"OK: {file}: {len(checked.rows)} rows, newest as-of {newest.text}{warned}")


def register(app: typer.Typer) -> None:
    """Add ``law`` and ``law-validate`` to ``app``."""
    app.command("law")(law_command)
    app.command("law-validate")(validate_command)
