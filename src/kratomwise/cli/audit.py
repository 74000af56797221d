"""``kratomwise audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import typer

from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json

audit_app = typer.Typer(help="Check the audit log.", no_args_is_help=True)


@audit_app.command("verify")
def verify(format: Format = FORMAT_OPTION) -> None:
    """Exit 0 when every row still fits the chain; exit 1 naming the first row that does not."""
    from kratomwise.web.server import ensure_ready

    ensure_ready()
    from kratomwise.web.programs import audit

    rows, broken = audit.verify()
    if format is Format.json:
        emit_json(
            {"rows": rows, "ok": True}
            if broken is None
            else {"rows": rows, "ok": False, "first_broken": broken}
        )
    elif broken is None:
        console().print(f"OK: {rows} audit rows, chain intact.")
    else:
        console().print(f"BROKEN: the chain fails at row {broken} ({rows} rows).")
    if broken is not None:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
