"""Server-rendered SVG tile-grid map of the US states, coloured by each state's own status.

No geographic shapes (no outside map data): every state is a labelled square placed in the
familiar tile-grid layout. Colours come with a short text code on every tile (so colour is never
the only cue), a legend, and a table alternative rendered by the template. Only SVG
presentation attributes are used (strict CSP: no style attributes).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.translation import gettext as _

from kratomwise.law import LawRow, Status

# (column, row) of each state in the common 12 x 8 tile grid.
TILES: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (11, 0),
    "VT": (10, 1), "NH": (11, 1),
    "WA": (1, 2), "ID": (2, 2), "MT": (3, 2), "ND": (4, 2), "MN": (5, 2), "IL": (6, 2),
    "WI": (7, 2), "MI": (8, 2), "NY": (9, 2), "RI": (10, 2), "MA": (11, 2),
    "OR": (1, 3), "NV": (2, 3), "WY": (3, 3), "SD": (4, 3), "IA": (5, 3), "IN": (6, 3),
    "OH": (7, 3), "PA": (8, 3), "NJ": (9, 3), "CT": (10, 3),
    "CA": (1, 4), "UT": (2, 4), "CO": (3, 4), "NE": (4, 4), "MO": (5, 4), "KY": (6, 4),
    "WV": (7, 4), "VA": (8, 4), "MD": (9, 4), "DE": (10, 4),
    "AZ": (2, 5), "NM": (3, 5), "KS": (4, 5), "AR": (5, 5), "TN": (6, 5), "NC": (7, 5),
    "SC": (8, 5), "DC": (9, 5),
    "OK": (4, 6), "LA": (5, 6), "MS": (6, 6), "AL": (7, 6), "GA": (8, 6),
    "HI": (1, 7), "TX": (4, 7), "FL": (9, 7),
}  # fmt: skip

TILE = 44  # px per tile, including the gap
GAP = 4
COLUMNS, ROWS = 12, 8


@dataclass(frozen=True)
class Swatch:
    fill: str
    text: str  # label colour; contrast with fill is at least 4.5:1 (tested)
    short: str  # text code on the tile, so colour is not the only cue
    dashed: bool = False


# Colours follow the site's status badges; "no data" is white with a grey border.
SWATCHES: dict[str, Swatch] = {
    Status.legal.value: Swatch("#1d6b32", "#ffffff", "L"),
    Status.regulated.value: Swatch("#f2d45c", "#1b1f1d", "RG"),
    Status.restricted.value: Swatch("#e08a2c", "#1b1f1d", "RS"),
    Status.banned.value: Swatch("#a4161a", "#ffffff", "B"),
    Status.unclear.value: Swatch("#d5dade", "#1b1f1d", "?", dashed=True),
    "none": Swatch("#ffffff", "#1b1f1d", "–", dashed=True),
}


def legend_items() -> list[tuple[str, str, Swatch]]:
    """(status key, label, swatch) in legend order, most permissive first."""
    labels = {
        "legal": _("Legal (no state rules found)"),
        "regulated": _("Regulated (age limits, labels)"),
        "restricted": _("Restricted (some products or sales limited)"),
        "banned": _("Banned"),
        "unclear": _("Unclear"),
        "none": _("No data"),
    }
    return [(key, labels[key], SWATCHES[key]) for key in labels]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def render_us_map(states: dict[str, LawRow], detail_url: str = "/law/{code}/") -> str:
    """SVG markup for the map. ``states`` maps postal code ("TX") to its row."""
    width, height = COLUMNS * TILE, ROWS * TILE
    counts: dict[str, int] = {}
    tiles: list[str] = []
    for postal, (col, row) in TILES.items():
        law = states.get(postal)
        key = law.kratom_status.value if law else "none"
        counts[key] = counts.get(key, 0) + 1
        swatch = SWATCHES[key]
        x, y = col * TILE, row * TILE
        size = TILE - GAP
        name = law.name if law else postal
        status_text = law.kratom_status.value if law else _("no data")
        label = escape(f"{name}: {status_text}")
        dash = ' stroke-dasharray="4 3"' if swatch.dashed else ""
        tiles.append(
            f'<a href="{escape(detail_url.format(code="US-" + postal))}" class="law-tile">'
            f"<title>{label}</title>"
            f'<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="4" '
            f'fill="{swatch.fill}" stroke="#1b1f1d" stroke-width="1"{dash}/>'
            f'<text x="{x + size / 2}" y="{y + 17}" text-anchor="middle" font-size="14" '
            f'font-weight="700" fill="{swatch.text}">{postal}</text>'
            f'<text x="{x + size / 2}" y="{y + 33}" text-anchor="middle" font-size="11" '
            f'fill="{swatch.text}">{swatch.short}</text></a>'
        )
    summary = "; ".join(
        f"{label}: {counts[key]}" for key, label, _swatch in legend_items() if counts.get(key)
    )
    title = _("Map of US states coloured by each state's own kratom law")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" class="law-map-svg" '
        f'aria-labelledby="law-map-title law-map-desc">'
        f'<title id="law-map-title">{escape(title)}</title>'
        f'<desc id="law-map-desc">{escape(summary)}</desc>'
        f"{''.join(tiles)}</svg>"
    )


def render_swatch(key: str) -> str:
    """A small legend square (SVG) for ``key``."""
    swatch = SWATCHES[key]
    dash = ' stroke-dasharray="3 2"' if swatch.dashed else ""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28" width="28" height="28" '
        'aria-hidden="true" class="law-swatch">'
        f'<rect x="1" y="1" width="26" height="26" rx="3" fill="{swatch.fill}" '
        f'stroke="#1b1f1d"{dash}/>'
        f'<text x="14" y="18" text-anchor="middle" font-size="10" font-weight="700" '
        f'fill="{swatch.text}">{swatch.short}</text></svg>'
    )
