"""The one-page visit summary (PDF): safety first, then the last days of use, signals, scores,
taper and medicines — only the categories the reader may see, never counseling notes.

Text is written in the PDF core font, so characters outside Latin-1 are replaced; the page is
checked to stay one page long (the tests extract its text).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from fpdf import FPDF

from kratomwise import interactions
from kratomwise.knowledge import resources as res
from kratomwise.sharing import Category
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal import services as journal
from kratomwise.web.programs.statements import PART2_NOTICE
from kratomwise.web.taper.services import active_plan, build_view

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

MAX_SIGNALS = 4
MAX_SCORES = 5
_REPLACE = {
    "\u2014": "-",
    "\u2013": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u2265": ">=",
    "\u2264": "<=",
    "\u00a0": " ",
}


def _latin1(text: str) -> str:
    for char, plain in _REPLACE.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Page(FPDF):
    def heading(self, text: str) -> None:
        self.set_font("Helvetica", "B", 11)
        self.cell(0, 6, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 9)

    def line_text(self, text: str) -> None:
        self.multi_cell(0, 4.5, _latin1(text), new_x="LMARGIN", new_y="NEXT")


def _usage_chart(pdf: _Page, days: list[Any], width: float = 180, height: float = 22) -> None:
    """Bars of uses per day, one per calendar day, scaled to the busiest day."""
    top = pdf.get_y()
    peak = max((day.uses for day in days), default=0) or 1
    bar = width / max(len(days), 1)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(pdf.l_margin, top + height, pdf.l_margin + width, top + height)
    pdf.set_fill_color(40, 90, 70)
    for index, day in enumerate(days):
        if day.uses:
            h = height * day.uses / peak
            pdf.rect(
                pdf.l_margin + index * bar + 0.3,
                top + height - h,
                max(bar - 0.6, 0.4),
                h,
                style="F",
            )
    pdf.set_y(top + height + 1)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(
        0,
        3,
        _latin1(f"Uses per day, {days[0].day} to {days[-1].day} (peak {peak})" if days else ""),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)


def build(
    person: User,
    categories: frozenset[Category],
    *,
    days: int = 30,
    part2: bool = False,
    country: str = "",
) -> bytes:
    """The PDF bytes for ``person``, showing only ``categories``."""
    pdf = _Page(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    now = timezone.now()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(
        0,
        8,
        _latin1(f"Visit summary: {person.get_full_name() or person.get_username()}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.line_text(
        f"Made {now:%Y-%m-%d %H:%M} UTC from kratomwise. Covers the last {days} days. "
        "Information, not a diagnosis."
    )

    pdf.heading("Safety")
    lines = res.emergency_lines(country or getattr(person, "country", "") or None)[:1]
    lines += res.crisis_lines(country or getattr(person, "country", "") or None)[:1]
    numbers = "; ".join(f"{r.name} {r.phone}" for r in lines if r.phone)
    pdf.line_text(
        "Signs of overdose (very slow or stopped breathing, blue lips, not waking up) need "
        f"emergency care; give naloxone if available. {numbers}"
    )
    flagged = InstrumentResponse.objects.filter(
        owner=person, instrument="phq9", safety_flag=True, taken_at__gte=now - timedelta(days=days)
    )
    if Category.checkins in categories and flagged.exists():
        pdf.line_text(
            "Thoughts of self-harm were reported on PHQ-9 item 9 in this period: "
            "ask about them at this visit."
        )

    if Category.journal in categories:
        analysis = journal.analysis_for(person)
        series = analysis.recent(days)  # every calendar day, empty days included
        pdf.heading(f"Use, last {days} days")
        if any(day.entries for day in series):
            _usage_chart(pdf, series)
            pdf.line_text(f"Days with use: {sum(1 for d in series if d.uses)} of {len(series)}.")
        else:
            pdf.line_text("Nothing logged in this period.")
        pdf.heading("Signals")
        for signal in list(analysis.signals)[:MAX_SIGNALS] or []:
            pdf.line_text(f"- {signal.explanation} [{', '.join(signal.fact_ids)}]")
        if not analysis.signals:
            pdf.line_text("None.")
        substances = sorted({d for day in series for d in day.others})
        pdf.heading("Other substances and combinations")
        if substances:
            report = interactions.check(substances, use_library=False)
            pdf.line_text(
                f"{', '.join(substances)} - highest combined risk with kratom: "
                f"{report.highest_severity}."
            )
        else:
            pdf.line_text("None logged.")

    if Category.checkins in categories:
        pdf.heading("Latest scores")
        for response in InstrumentResponse.objects.filter(owner=person).order_by("-taken_at")[
            :MAX_SCORES
        ]:
            band = f" ({response.band})" if response.band else ""
            pdf.line_text(
                f"{response.taken_at:%Y-%m-%d} {response.get_instrument_display()}: "
                f"{response.total}{band}"
            )

    if Category.taper in categories:
        pdf.heading("Taper")
        plan = active_plan(person)
        if plan is None:
            pdf.line_text("No active taper plan.")
        else:
            view = build_view(plan, person)
            state = "on hold" if view.held_now else "in progress"
            pdf.line_text(f"Today's target {view.target} {view.unit_label}; plan {state}.")

    if part2:
        pdf.heading("Notice")
        pdf.line_text(str(PART2_NOTICE))
    if pdf.page_no() != 1 or pdf.get_y() > pdf.h - pdf.b_margin:
        raise ValueError("the summary does not fit on one page")
    return bytes(pdf.output())
