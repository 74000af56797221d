"""``kratomwise interactions``: check substances against kratom (kratom is always implied)."""

from __future__ import annotations

from typing import Any

import typer

from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail

_STYLE = {
    "dangerous": "bold white on red",
    "unsafe": "bold red",
    "caution": "bold yellow",
    "unknown": "bold magenta",
    "low_risk": "bold green",
}


NAMES_ARGUMENT = typer.Argument(
    None, help="Medicines or substances as you would type them (brand, generic or street name)."
)
NO_LIBRARY_OPTION = typer.Option(
    False,
    "--no-drug-library",
    help="Skip the optional drug-name library for names the table lacks (faster start).",
)


def interactions(
    names: list[str] = NAMES_ARGUMENT,
    fmt: Format = FORMAT_OPTION,
    no_library: bool = NO_LIBRARY_OPTION,
) -> None:
    """Check medicines and substances against kratom: severity, why, and the evidence."""
    from kratomwise.interactions import NamesError, TableError, check, clean_names

    try:
        given = clean_names(names or [])
    except NamesError as exc:
        fail(str(exc))
    if not given:
        fail(
            "give at least one medicine or substance name, e.g. kratomwise interactions Xanax beer"
        )

    try:
        report = check(given, use_library=not no_library)
    except TableError as exc:
        fail(f"the substance table could not be loaded: {exc}", code=1)
    if fmt is Format.json:
        emit_json(report.as_dict())
        return
    _print_text(report)


def _print_text(report: Any) -> None:
    from kratomwise.interactions import label, meaning
    from kratomwise.interactions.safety import naloxone_guidance, overdose_signs

    out = console()
    top = report.highest_severity
    if report.notes:  # kratom alone: there is no combination to rate
        for note in report.notes:
            out.print(f"{note.text}  [dim]({', '.join(note.fact_ids)})[/]")
    else:
        out.print(f"[{_STYLE[top]}] {label(top)} [/] overall - {meaning(top)}")
    if report.overdose_first:
        for note in (overdose_signs(), naloxone_guidance()):
            out.print(f"\n[bold]{note.heading}[/]  [dim]({', '.join(note.fact_ids)})[/]")
            for point in note.points:
                out.print(f"  - {point}")
    out.print("\n[bold]What we checked (with kratom)[/]")
    for res in report.resolved:
        how = (
            res.matched_by if res.matched_by != "fuzzy" else f"spelling match, {res.confidence:.0%}"
        )
        out.print(f"  {res.input} -> {', '.join(res.names)}  [dim]({how})[/]")
    for res in report.unresolved:
        hint = f" Did you mean: {', '.join(res.suggestions)}?" if res.suggestions else ""
        out.print(
            f"  {res.input} -> [magenta]not recognised[/] (unknown, not 'no interaction').{hint}"
        )
    if report.groups:
        out.print("\n[bold]Combinations of three or more[/]")
        for group in report.groups:
            _print_item(
                out,
                " + ".join(group.members),
                group.severity,
                group.mechanism,
                group.advice,
                group.fact_ids,
            )
    if report.pairs:
        out.print("\n[bold]Kratom with each substance[/]")
        for pair in report.pairs:
            _print_item(
                out,
                f"{pair.a} + {pair.b}",
                pair.severity,
                pair.mechanism,
                pair.advice,
                pair.fact_ids,
            )


def _print_item(
    out: Any,
    title: str,
    severity: str,
    mechanism: str,
    advice: tuple[str, ...],
    fact_ids: tuple[str, ...],
) -> None:
    from kratomwise.interactions import label

    out.print(f"\n  [{_STYLE[severity]}] {label(severity)} [/] {title}")
    if advice:
        out.print(f"    What to do: {' '.join(advice)}")
    out.print(f"    Why: {mechanism}")
    out.print(f"    [dim]Evidence: {', '.join(fact_ids)}[/]")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("interactions")(interactions)
