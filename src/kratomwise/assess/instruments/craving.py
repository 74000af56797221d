"""Craving rating — one 0-10 item (kratomwise adaptation, not validated for kratom)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import options
from kratomwise.assess.model import Instrument, Item
from kratomwise.i18n import N_

_SCALE = options(
    (
        (0, N_("0 — no urge at all")),
        *((n, str(n)) for n in range(1, 10)),
        (10, N_("10 — the strongest urge I can imagine")),
    )
)

CRAVING = Instrument(
    id="craving",
    name=N_("Craving rating (0-10)"),
    short_name=N_("Craving"),
    purpose=N_(
        "One number for how strong your urge to use is right now. Watching it over time can "
        "show when you need extra support."
    ),
    completed_by="self",
    recall=N_("Right now."),
    stem=N_("Right now, how strong is your urge to use kratom (or opioids)?"),
    items=(Item("craving_now", N_("Strength of your urge to use right now"), _SCALE),),
    no_band_interpretation=N_(
        "Higher numbers mean a stronger urge right now. There are no validated cut-offs for this "
        "rating, so watch how it changes over time."
    ),
    source=(
        "McHugh RK et al. Assessing craving and its relationship to subsequent prescription "
        "opioid use among treatment-seeking prescription opioid dependent patients. Drug Alcohol "
        "Depend 2014;145:121-126. https://pubmed.ncbi.nlm.nih.gov/25454409/ (single-item "
        "kratomwise adaptation, not validated for kratom)"
    ),
    source_urls=(
        "https://pubmed.ncbi.nlm.nih.gov/25454409/",
        "http://ctndisseminationlibrary.org/display/1105.htm",
    ),
    licence=N_("Our own wording; no restriction."),
    notes=(N_("This is a measurement, not a diagnosis."),),
)
