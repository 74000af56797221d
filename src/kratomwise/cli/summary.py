"""``kratomwise summary``: the one-page PDF visit summary of a person's own data."""

from __future__ import annotations

from pathlib import Path

import typer

from kratomwise.cli.output import console, fail


def summary(
    username: str = typer.Argument(..., help="Whose summary (their own data, all categories)."),
    days: int = typer.Option(30, "--days", min=7, max=90, help="How many days of use to show."),
    out_path: str = typer.Option(..., "--out", help="Where to write the PDF."),
    recipient: str = typer.Option(
        "", "--for", help="Who it is made for; a summary for someone else is a disclosure."
    ),
) -> None:
    """Write the one-page visit summary PDF (for the person, or by the site admin)."""
    out = Path(out_path)
    if out.suffix.lower() != ".pdf":
        fail(f"--out {str(out)!r} must end in .pdf")
    if out.exists() and out.is_dir():
        fail(f"--out {str(out)!r} is a folder")
    from kratomwise.web.server import ensure_ready

    ensure_ready()
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from kratomwise.sharing import Category
    from kratomwise.web.programs import audit
    from kratomwise.web.programs import summary as pdf
    from kratomwise.web.programs.models import Disclosure

    person = get_user_model().objects.filter(username=username).first()
    if person is None:
        fail(f"no account named {username!r}")
    categories = frozenset(c for c in Category if c is not Category.counseling_notes)
    data = pdf.build(person, categories, days=days)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        with transaction.atomic():
            if recipient.strip():
                Disclosure.objects.create(
                    person=person,
                    at=timezone.now(),
                    recipient=recipient.strip(),
                    description="Visit summary (PDF)",
                    purpose="at the person's request",
                )
            audit.record(
                action="E",
                resource="pdf",
                outcome="exported",
                subject_id=person.pk,
                purpose=recipient.strip(),
            )
            tmp.replace(out)  # the file appears only when the record of it is written
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        fail(f"cannot write {str(out)!r}: {exc.strerror}")
    console().print(f"Wrote {out} (1 page).")


def register(app: typer.Typer) -> None:
    app.command("summary")(summary)
