"""Numbers with units, read from sentences and from facts, and compared "within rounding"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Things that look like numbers but are names: 7-OH, 5-HT1A, CYP3A4, MGM-15, COVID-19 ...
_NAMES = re.compile(
    r"\b7-?(oh|hydroxy\w*)\b|\b\d+-[α-ωa-z]-\w+|\b5-?ht\w*|\bcyp\w+|\bmgm-?\d+|\bcovid-?\d+|\b\d+\s*fr\s*\d+|"
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+\d{1,2}(st|nd|rd|th)?\b(?!\s*(%|percent|mg|g\b|grams?|hours?|days?))|"
    r"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b|"
    r"\b100\s?(%|percent\b)|\b\d+/\d+(\.\d+)?\s*mg\b|\b[a-z]+-\d+\b|\bpmc?\d+|\bdoi\S+|\b\d+-panel\b|\b\d+-step\b",
    re.IGNORECASE,
)

# the approximation word takes its own trailing space: a bare "\s*" before the number would
# be tried at every position of a long run of spaces (quadratic)
_APPROX = (
    r"(?:(?P<approx>about|around|approximately|approx\.?|roughly|nearly|almost|over|more than|"
    r"less than|fewer than|under|up to|some|~|at least|at most|close to|just over|just under|"
    r">|<)\s*)?"
)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_RANGE = r"(?:\s*(?:-|–|—|to|and)\s*(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"
_MULT = r"(?:\s*(?P<mult>million|thousand|billion|hundred))?"
_UNIT = (
    r"(?:\s*-?\s*(?P<unit>%|percent|per\s?cent|hours?|hrs?|h\b|minutes?|mins?|days?|weeks?|"
    r"months?|years?|yrs?|mg/kg|mg/g|mg per g|mg|milligrams?|grams?|g\b|kg|kilograms?|"
    r"times|-?fold|x\b))?"
)
_QUANTITY = re.compile(
    rf"(?<![\w.,/-]){_APPROX}{_NUMBER}{_RANGE}{_MULT}{_UNIT}(?![\w])", re.IGNORECASE
)

_UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0),
    "percent": ("percent", 1.0),
    "per cent": ("percent", 1.0),
    "percent ": ("percent", 1.0),
    "minute": ("time", 1 / 60),
    "min": ("time", 1 / 60),
    "hour": ("time", 1.0),
    "hr": ("time", 1.0),
    "h": ("time", 1.0),
    "day": ("time", 24.0),
    "week": ("time", 168.0),
    "month": ("time", 730.0),
    "year": ("time", 8760.0),
    "yr": ("time", 8760.0),
    "mg/kg": ("mg/kg", 1.0),
    "mg/g": ("mg/g", 1.0),
    "mg per g": ("mg/g", 1.0),
    "mg": ("mass", 1.0),
    "milligram": ("mass", 1.0),
    "g": ("mass", 1000.0),
    "gram": ("mass", 1000.0),
    "kg": ("mass", 1_000_000.0),
    "kilogram": ("mass", 1_000_000.0),
    "times": ("fold", 1.0),
    "fold": ("fold", 1.0),
    "x": ("fold", 1.0),
}
_MULTIPLIERS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    kind: str  # percent | time | mass | mg/kg | mg/g | fold | count | year
    tolerance: float  # how far a fact's number may be and still count as the same
    text: str
    start: int
    end: int
    bound: str = ""  # "lower" ("over 100": 100 or more), "upper" ("under 20") or "" (about)
    # both ends of a range with a unit ("1 to 8 weeks"), scaled; bare counts are too often
    # unrelated numbers ("10 to 60 leaves" would hold any count in between)
    span: tuple[float, float] | None = None


_LOWER = frozenset({"over", "more than", "at least", "just over", ">"})
_UPPER = frozenset({"under", "less than", "fewer than", "up to", "at most", "just under", "<"})


def _bound(approx: str | None) -> str:
    word = " ".join((approx or "").lower().split())
    return "lower" if word in _LOWER else "upper" if word in _UPPER else ""


def _unit(raw: str | None) -> tuple[str, float] | None:
    if not raw:
        return None
    key = " ".join(raw.lower().lstrip("-").split())
    if key in _UNITS:
        return _UNITS[key]
    singular = key.rstrip("s")
    return _UNITS.get(singular)


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


@lru_cache(maxsize=2048)
def cached_quantities(text: str) -> tuple[Quantity, ...]:
    """``quantities`` for texts read again and again (fact statements)."""
    return tuple(quantities(text))


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its unit class; ranges give both ends."""
    clean = _NAMES.sub(_blank, text)
    out: list[Quantity] = []
    ratios = [q for q in word_quantities(clean) if " in " in q.text or " out of " in q.text]
    for match in _QUANTITY.finditer(clean):
        if any(r.start <= match.start("num") < r.end for r in ratios):
            continue
        unit = _unit(match.group("unit"))
        mult = _MULTIPLIERS.get((match.group("mult") or "").lower(), 1.0)
        approx = bool(match.group("approx"))
        raw_numbers = [match.group("num")] + ([match.group("num2")] if match.group("num2") else [])
        ends = [float(r.replace(",", "")) * mult * (unit[1] if unit else 1.0) for r in raw_numbers]
        interval = (min(ends), max(ends)) if len(ends) == 2 else None
        for raw in raw_numbers:
            value = float(raw.replace(",", ""))
            if unit is not None:
                kind, factor = unit
            elif re.search(r"\br\s*=\s*$", clean[max(0, match.start() - 6) : match.start("num")]):
                kind, factor = "r", 1.0
            elif mult == 1.0 and "." not in raw and "," not in raw and 1900 <= value <= 2099:
                kind, factor = "year", 1.0
            else:
                kind, factor = "count", 1.0
            rounding = 0.5 * 10 ** (-_decimals(raw.replace(",", "")))
            tol = rounding * mult * factor
            scaled = value * mult * factor
            tol = max(tol, abs(scaled) * (0.1 if approx else 0.02))
            if kind == "year":
                tol = 0.0
            bound = _bound(match.group("approx")) if len(raw_numbers) == 1 else ""
            out.append(
                Quantity(
                    scaled,
                    kind,
                    tol,
                    match.group(0).strip(),
                    *match.span(),
                    bound=bound,
                    span=interval if kind not in ("year", "count") else None,
                )
            )
    spans = [(q.start, q.end) for q in out]
    for q in word_quantities(clean):
        if not any(a < q.end and q.start < b for a, b in spans):
            out.append(q)
    return out


def matches(q: Quantity, facts: Iterable[Quantity]) -> bool:
    """True when a fact number of the same kind equals ``q`` within rounding."""
    for f in facts:
        value = f.value
        if f.kind != q.kind:
            if q.kind == "percent" and f.kind == "fold":  # "40% higher" for "1.39-fold"
                value = (f.value - 1) * 100
            else:
                continue
        slack = max(q.tolerance, f.tolerance * 0.5) + 1e-9
        # a bound is an interval: "more than 25" holds when the evidence says 40
        if q.bound == "lower" and value >= q.value - slack:
            return True
        if q.bound == "upper" and value <= q.value + slack:
            return True
        if abs(value - q.value) <= slack:
            return True
        # a range is an interval: "1 to 8 weeks" holds a fact's 28 days, and "3 weeks"
        # lies inside a fact's "5-28 days"
        if q.span is not None and q.span[0] - slack <= value <= q.span[1] + slack:
            return True
        inside = f.span is not None and f.span[0] - slack <= q.value <= f.span[1] + slack
        if inside and q.span is None and not q.bound and f.kind == q.kind:
            return True
    return False


STRONG_COUNT = 5  # smaller bare counts ("two studies") are too often incidental to judge


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """Outcome of comparing a sentence's numbers with some facts' numbers."""

    compared: int  # sentence numbers that had a fact number of the same kind
    matched: tuple[Quantity, ...]
    mismatched: tuple[Quantity, ...]

    @property
    def conflicts(self) -> bool:
        """Some kind of number (percent, time, count ...) in the sentence matches no fact."""
        matched_kinds = {q.kind for q in self.matched}
        for q in self.mismatched:
            if q.kind in matched_kinds:
                continue
            if q.kind == "count" and q.value < STRONG_COUNT:
                continue
            return True
        return False

    @property
    def agrees(self) -> bool:
        """A number other than a year matches, or only years were compared and they match."""
        if self.conflicts or not self.matched:
            return False
        return any(q.kind != "year" for q in self.matched) or all(
            q.kind == "year" for q in self.mismatched
        )


def compare(
    sentence: Iterable[Quantity], facts: list[Quantity], years: bool = False
) -> NumberCheck:
    kinds = {f.kind for f in facts} | (
        {"percent"} if any(f.kind == "fold" for f in facts) else set()
    )
    matched: list[Quantity] = []
    mismatched: list[Quantity] = []
    for q in sentence:
        if q.kind not in kinds or (q.kind == "year" and not years):
            continue
        (matched if matches(q, facts) else mismatched).append(q)
    return NumberCheck(len(matched) + len(mismatched), tuple(matched), tuple(mismatched))


# --- numbers written in words: "seven in every thousand", "one in four", "nearly two hundred" --
_UNITS_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
_FRACTIONS = {
    "half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "a majority": 55.0,
}
_WORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"  # noqa: E501
_NUM_OR_WORD = (
    rf"(?:{_WORD}(?:\s+(?:hundred|thousand|million))?|a (?:hundred|thousand|dozen)|"
    r"hundred|thousand|\d[\d,]*)"
)
_RATIO = re.compile(
    rf"{_APPROX}\b(?P<n>{_NUM_OR_WORD})\s+(?:in|out of)\s+(?:every\s+)?(?P<d>{_NUM_OR_WORD})\b",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    _APPROX + r"\b(?P<f>half(?![- ]?li[fv])|(?:a|one|two)[- ]thirds?|(?:a|one|three)[- ]quarters?|"
    r"(?:a|one)[- ]fifth|(?:a|one)[- ]tenth|a majority)\b",
    re.IGNORECASE,
)
# Vague amounts as (middle, half-width): "dozens" is 24-99, "hundreds" 200-999 ...
_VAGUE = {
    "dozens": (61.5, 37.5),
    "hundreds": (599.5, 399.5),
    "several hundred": (599.5, 399.5),
    "a few hundred": (300.0, 100.0),
    "thousands": (5999.5, 3999.5),
    "several thousand": (5999.5, 3999.5),
}
_WORDS = re.compile(
    _APPROX + rf"\b(?P<w>several (?:hundred|thousand)|a few hundred|"
    rf"{_WORD}(?:\s+(?:hundred|thousand|million))?|a (?:hundred|thousand|dozen)|"
    r"dozens|hundreds|thousands)\b"
    r"(?:\s*(?P<unit>percent|per\s?cent|hours?|days?|weeks?|months?|years?|times|-?fold|grams?))?",
    re.IGNORECASE,
)


def word_value(text: str) -> float | None:
    """The value of "seven", "twenty-five", "two hundred", "a thousand", "1,000"."""
    text = text.lower().replace("-", " ").strip()
    if text[:1].isdigit():
        return float(text.replace(",", ""))
    total = 0.0
    current = 0.0
    for part in text.split():
        if part in _UNITS_WORDS:
            current += _UNITS_WORDS[part]
        elif part in _TENS_WORDS:
            current += _TENS_WORDS[part]
        elif part in _SCALE_WORDS:
            current = max(current, 1.0) * _SCALE_WORDS[part]
            total += current
            current = 0.0
        else:
            return None
    return total + current


_WORD_HINT = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|half|third|thirds|quarter|"
    r"quarters|fifth|tenth|"
    r"majority|in every|out of)\b|\d\s+in\s",
    re.IGNORECASE,
)


def word_quantities(text: str) -> list[Quantity]:
    """Numbers written in words, ratios ("one in four") and fractions ("about half")."""
    out: list[Quantity] = []
    if not _WORD_HINT.search(text):
        return out
    taken: list[tuple[int, int]] = []
    for match in _RATIO.finditer(text):
        n, d = word_value(match.group("n")), word_value(match.group("d"))
        if n is None or not d or n >= d:
            continue
        ratio = 100.0 * n / d
        out.append(Quantity(ratio, "percent", ratio * 0.1, match.group(0).strip(), *match.span()))
        taken.append(match.span())
    for match in _FRACTION.finditer(text):
        key = match.group("f").lower().replace("-", " ").rstrip("s")
        key = {"two third": "two thirds", "three quarter": "three quarters"}.get(key, key)
        share = _FRACTIONS.get(key)
        if share is not None:
            out.append(
                Quantity(share, "percent", share * 0.15, match.group(0).strip(), *match.span())
            )
            taken.append(match.span())
    for match in _WORDS.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        word = match.group("w").lower()
        if word in _VAGUE:
            value, spread = _VAGUE[word]
            out.append(Quantity(value, "count", spread, match.group(0).strip(), *match.span()))
            continue
        number = word_value(word)
        if number is None or (number < 2 and not match.group("unit")):
            continue
        unit = _unit(match.group("unit"))
        kind, factor = unit if unit is not None else ("count", 1.0)
        scaled = number * factor
        out.append(
            Quantity(
                scaled,
                kind,
                max(0.5 * factor, abs(scaled) * 0.1),
                match.group(0).strip(),
                *match.span(),
            )
        )
    return out
