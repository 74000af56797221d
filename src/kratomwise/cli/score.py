"""``kratomwise score`` (validated instruments) and ``kratomwise triage`` (red flags)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kratomwise.assess.model import Result
    from kratomwise.assess.triage import TriageResult
    from kratomwise.knowledge.resources import Resource

INSTRUMENT_ARGUMENT = typer.Argument(
    ..., help="Instrument: cows, sows, dsm5, phq9, gad7 or craving.", show_default=False
)
ANSWERS_OPTION = typer.Option(
    ...,
    "--answers",
    "-a",
    help="Item points in item order, comma-separated (DSM-5: 1 = yes, 0 = no).",
    show_default=False,
)
CODES_ARGUMENT = typer.Argument(
    None, help="Symptom and context codes (see --list-codes).", show_default=False
)
COUNTRY_OPTION = typer.Option(
    None,
    "--country",
    "-c",
    help="ISO country code for local help lines (e.g. US, GB); international lines without it.",
)
LIST_CODES_OPTION = typer.Option(False, "--list-codes", help="List the valid codes.")


def score_command(
    instrument: str = INSTRUMENT_ARGUMENT,
    answers: str = ANSWERS_OPTION,
    country: str | None = COUNTRY_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Score a validated instrument (a screen or measurement, never a diagnosis).

    A positive PHQ-9 item 9 adds the country's crisis lines (``resources`` in JSON).
    """
    from kratomwise.assess import INSTRUMENTS, parse_answers, score
    from kratomwise.knowledge import resources as res

    key = instrument.strip().lower()
    if key not in INSTRUMENTS:
        fail(f"unknown instrument {instrument!r}; choose one of: {', '.join(INSTRUMENTS)}")
    try:
        code = res.normalize_country(country)
        result = score(key, parse_answers(answers))
    except ValueError as exc:
        fail(str(exc))
    lines = res.safety_lines(code) if result.safety_flag else []
    if fmt is Format.json:
        doc = result.as_dict()
        if result.safety_flag:
            doc["resources"] = [r.as_dict() for r in lines]
        emit_json(doc)
        return
    _print_result(result, lines, res.by_kind(code, res.CARE_KINDS))


def _print_lines(lines: Sequence[Resource]) -> None:
    out = console()
    for r in lines:
        out.print(f"  [bold]{r.name_text}[/bold]: {r.phone or r.url or ''}")


def _print_result(result: Result, lines: Sequence[Resource], care: Sequence[Resource]) -> None:
    from kratomwise.assess import INSTRUMENTS

    instrument = INSTRUMENTS[result.instrument]
    out = console()
    interpretation = result.interpretation
    if result.safety_flag:
        out.print("[bold red]Safety first[/bold red]: " + instrument.safety_message)
        out.print("Crisis and emergency lines:")
        _print_lines(lines)
        interpretation = interpretation.removeprefix(instrument.safety_message).strip()
    band = f" — {result.band_label}" if result.band_label else ""
    out.print(f"[bold]{instrument.short_name}[/bold]: {result.total} of {result.max_total}{band}")
    out.print(interpretation)
    for flag in result.flags:
        if flag != instrument.safety_flag_id:  # already shown first
            out.print(instrument.flag_label(flag))
    if result.treatment_options:
        out.print(
            "Talk to a clinician about treatment options, including medicines. "
            "These services can help you find one:"
        )
        _print_lines(care)
    out.print(f"[dim]Source: {result.source}[/dim]")


def triage_command(
    codes: list[str] | None = CODES_ARGUMENT,
    country: str | None = COUNTRY_OPTION,
    list_codes: bool = LIST_CODES_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Red-flag triage: what level of care your symptoms need, with local help lines first."""
    from kratomwise.assess.triage import CODES, codes_doc, triage

    if list_codes:
        if fmt is Format.json:
            emit_json(codes_doc())
        else:
            out = console()
            for c, label in CODES.items():
                out.print(f"{c:34} {label}")
        return
    try:
        result = triage(codes or [], country)
    except ValueError as exc:  # UnknownCode lists the valid codes; bad country says why
        fail(str(exc))
    if fmt is Format.json:
        emit_json(result.as_dict())
        return
    _print_triage(result)


def _print_triage(result: TriageResult) -> None:
    from kratomwise.assess.triage import LEVEL_LABELS

    out = console()
    for r in result.emergency_resources:
        out.print(f"[bold]{r.name_text}[/bold]: {r.phone or r.url or ''}")
    colour = {"emergency": "red", "urgent": "red", "see_clinician": "yellow"}.get(
        result.level, "green"
    )
    out.print(f"[bold {colour}]{result.level_label}[/bold {colour}]")
    for line in result.advice:
        out.print("- " + line)
    for r in result.other_resources:
        out.print(f"{r.name_text}: {r.phone or r.url or ''}")
    if result.fired_rules:
        out.print("Why:")
        for rule in result.fired_rules:
            out.print(f"  {rule.title} ({LEVEL_LABELS[rule.level]})")
            out.print(f"    [dim]{rule.source}[/dim]")
    else:
        out.print("No red flags reported.")


def register(app: typer.Typer) -> None:
    """Add ``score`` and ``triage`` to ``app``."""
    app.command("score")(score_command)
    app.command("triage")(triage_command)
