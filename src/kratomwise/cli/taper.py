"""``kratomwise taper plan``: a gradual taper from your own numbers, with holds from check-ins."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import typer

from kratomwise.cli import output
from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail, parse_date

if TYPE_CHECKING:
    from kratomwise.taper import Plan, PlanSettings, Thresholds

taper_app = typer.Typer(
    help="Plan a gradual taper from your own numbers (no dose suggestions).",
    no_args_is_help=True,
)


def _decimal(text: str, name: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        fail(f"{name} {text!r} is not a number")
    if not value.is_finite():
        fail(f"{name} {text!r} is not a number")
    return value


def _settings(
    amount: str,
    unit: str,
    percent: str,
    every: int,
    start: str,
    min_step: str | None,
    floor: str | None,
    hold_withdrawal: int | None,
    hold_craving: int | None,
) -> tuple[PlanSettings, Thresholds]:
    from kratomwise.taper import (
        CheckinError,
        PlanSettings,
        TaperError,
        Thresholds,
        UnitError,
        parse_unit,
    )

    try:
        settings = PlanSettings(
            amount=_decimal(amount, "--amount"),
            unit=parse_unit(unit),
            percent=_decimal(percent, "--percent"),
            every_days=every,
            start=parse_date(start, "--start"),
            min_step=None if min_step is None else _decimal(min_step, "--min-step"),
            floor=Decimal(0) if floor is None else _decimal(floor, "--floor"),
        )
        limits = Thresholds(withdrawal=hold_withdrawal, craving=hold_craving)
    except (TaperError, UnitError, CheckinError) as exc:
        fail(str(exc))
    return settings, limits


@taper_app.command("plan")
def plan_command(
    amount: str = typer.Option(
        ..., "--amount", help="Your current daily amount (your own number).", show_default=False
    ),
    unit: str = typer.Option(
        ..., "--unit", help="Unit of the amount: g, capsule, ml or mg.", show_default=False
    ),
    percent: str = typer.Option(
        ...,
        "--percent",
        help="Reduction per step, percent of the current amount (more than 0, less than 100).",
        show_default=False,
    ),
    every: int = typer.Option(..., "--every", help="Step length in days.", show_default=False),
    min_step: str | None = typer.Option(
        None, "--min-step", help="Smallest reduction per step, in the same unit."
    ),
    floor: str | None = typer.Option(
        None, "--floor", help="When the next amount would fall below this, it becomes 0."
    ),
    start: str = typer.Option(
        ..., "--start", help="First day of the plan, YYYY-MM-DD.", show_default=False
    ),
    checkins: str | None = typer.Option(
        None,
        "--checkins",
        help="CSV with columns date,withdrawal,craving,amount_taken,pause (pause: yes or empty).",
    ),
    hold_withdrawal: int | None = typer.Option(
        None, "--hold-withdrawal", help="Hold a step when withdrawal (SOWS total) reaches this."
    ),
    hold_craving: int | None = typer.Option(
        None, "--hold-craving", help="Hold a step when craving (0-10) reaches this."
    ),
    country: str | None = typer.Option(
        None,
        "--country",
        help="Your country (ISO code such as US or TH): adds its treatment and help lines.",
    ),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Print a step-down plan; a reduction is held when your check-ins say so."""
    from kratomwise.knowledge.resources import ResourceError, normalize_country
    from kratomwise.taper import (
        CheckinError,
        PlanContext,
        TaperError,
        build_plan,
        parse_checkins_csv,
    )

    try:
        code = normalize_country(country)
    except ResourceError as exc:
        fail(str(exc))

    settings, limits = _settings(
        amount, unit, percent, every, start, min_step, floor, hold_withdrawal, hold_craving
    )
    rows = []
    if checkins is not None:
        text = output.read_text(checkins)
        try:
            rows = parse_checkins_csv(text)
        except CheckinError as exc:
            fail(f"{checkins}: {exc}")
    try:
        plan = build_plan(settings, rows, limits, context=PlanContext(country=code))
    except TaperError as exc:
        fail(str(exc))
    if fmt is Format.json:
        emit_json(plan.as_dict())
        return
    _print_text(plan)


WARNING_TITLES = {
    "fast_taper": "Faster than guidance",
    "talk_to_clinician": "Talk to a clinician",
    "treatment_options": "Treatment options",
}


def _cite(fact_ids: tuple[str, ...] | list[str]) -> str:
    return f"  [dim]sources: {', '.join(fact_ids)}[/dim]"


def _print_text(plan: Plan) -> None:
    from rich.table import Table

    from kratomwise.taper import format_amount

    out = console()
    unit = plan.settings.unit.label
    for warning in plan.warnings:
        title = WARNING_TITLES.get(warning.code, "Note")
        out.print(f"[bold]! {title}[/bold]: {warning.message}", highlight=False)
        out.print(_cite(warning.fact_ids), highlight=False)
    table = Table(title=f"Your taper plan ({unit} per day)")
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    table.add_column(f"daily amount ({unit})", justify="right")
    table.add_column("status")
    table.add_column("why held")
    for step in plan.steps:
        table.add_row(
            step.start.isoformat(),
            step.end.isoformat(),
            format_amount(step.daily_amount),
            step.status.value,
            step.reason or "",
        )
    out.print(table)
    out.print(f"Plan reaches 0 on {plan.end_date.isoformat()}.")
    rate = plan.comparison
    out.print(rate.message, highlight=False)
    out.print(_cite(rate.fact_ids), highlight=False)
    note = plan.no_kratom_rate
    out.print(f"[dim]{note.message} ({', '.join(note.fact_ids)})[/dim]", highlight=False)
    for item in plan.ending:
        out.print(f"[bold]{item.message}[/bold]", highlight=False)
        for line in item.resources:
            where = " ".join(x for x in (line.phone, line.url) if x)
            out.print(f"  - {line.name}: {where}", highlight=False)
        out.print(_cite(item.fact_ids), highlight=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.add_typer(taper_app, name="taper")
