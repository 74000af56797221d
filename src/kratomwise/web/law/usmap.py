"""Server-rendered SVG tile-grid map of the US states, coloured by each state's own status.

No geographic shapes (no outside map data): every state is a labelled square placed in the
familiar tile-grid layout. Colours come with a short text code on every tile (so colour is never
the only cue), a legend, and a table alternative rendered by the template. Only SVG
presentation attributes are used (strict CSP: no style attributes).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kratomwise.law import LawRow, Status
from kratomwise.web.core import charts as c

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

    @property
    def dash(self) -> str | None:
        return "4 3" if self.dashed else None


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


def render_us_map(states: dict[str, LawRow], detail_url: str = "/law/{code}/") -> c.Svg:
    """The map as chart data. ``states`` maps postal code ("TX") to its row."""
    counts: dict[str, int] = {}
    tiles: list[c.Mark] = []
    size = TILE - GAP
    for postal, (col, row) in TILES.items():
        law = states.get(postal)
        key = law.kratom_status.value if law else "none"
        counts[key] = counts.get(key, 0) + 1
        swatch = SWATCHES[key]
        x, y = col * TILE, row * TILE
        name = law.name if law else postal
        status_text = law.kratom_status.label if law else _("no data")
        shapes = [
            c.rect(x, y, size, size, swatch.fill, stroke=c.INK, dash=swatch.dash, rx=4),
            c.text(
                x + size / 2,
                y + 17,
                postal,
                anchor="middle",
                size=14,
                fill=swatch.text,
                weight="700",
            ),
            c.text(x + size / 2, y + 33, swatch.short, anchor="middle", size=11, fill=swatch.text),
        ]
        href = detail_url.format(code="US-" + postal)
        tiles.append(c.link(href, f"{name}: {status_text}", shapes, cls="law-tile"))
    summary = "; ".join(
        f"{label}: {counts[key]}" for key, label, _swatch in legend_items() if counts.get(key)
    )
    title = _("Map of US states coloured by each state's own kratom law")
    width, height = COLUMNS * TILE, ROWS * TILE
    return c.Svg("law-map", width, height, "law-map-svg", title, summary, tuple(tiles))


def render_swatch(key: str) -> c.Svg:
    """A small decorative legend square for ``key`` (the legend's text says what it means)."""
    swatch = SWATCHES[key]
    marks = (
        c.rect(1, 1, 26, 26, swatch.fill, stroke=c.INK, dash=swatch.dash, rx=3),
        c.text(14, 18, swatch.short, anchor="middle", size=10, fill=swatch.text, weight="700"),
    )
    return c.Svg(f"swatch-{key}", 28, 28, "law-swatch", "", "", marks, hidden=True)
