"""Own-words requirement summaries (data/requirements.yaml): coverage, freshness, wording."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from kratomwise.knowledge.sources import commercial_hosts
from kratomwise.law import check_csv, load, lookup, validate_csv
from kratomwise.law.loader import packaged_text
from kratomwise.law.summaries import Summary, cell_sha1, packaged_summaries, parse_summaries

CELLS: dict[str, str] = {
    record["jurisdiction_code"]: record["requirements"]
    for record in csv.DictReader(io.StringIO(packaged_text(), newline=""))
}
SUMMARIES = packaged_summaries()
CODES = sorted(CELLS)

RUN = 8  # no run of this many consecutive words may be shared with the reference's text
# Names of laws, agencies and committees (long proper names we must repeat as they are).
NAME_ALLOWLIST = (
    "kansas uniform controlled substances act",
    "controlled drugs and substances act",
    "cabinet for health and family services",
    "department of agriculture and food",
    "trade and industry appeals tribunal",
    "comprehensive dangerous drugs act",
    "dangerous drugs ordinance",
    "narcotics hazard prevention act",
    "alcohol beverage control administration",
    "pharmaceutical and medical device act",
    "house blue-ribbon study committee on youth exposure to kratom",
    "legislative regulation review committee",
    "department of revenue",
    "department for public health",
    "pharmacy quality assurance commission",
    "grant county board of health",
    "board of legislators",
)
PROMOTIONAL = re.compile(
    r"\b(best|premium|top[- ]quality|high[- ]quality|buy now|order now|discount\w*|cheap\w*|"
    r"coupon\w*|free shipping|amazing|great|enjoy\w*|strongest|guarantee\w*|recommend\w*)\b",
    re.IGNORECASE,
)
# Age limits as the reference writes them: "21+", "under-18s", "age 21", "21 and older".
AGE = re.compile(
    r"\b(1[6-9]|2[01])\+|\bunder[- ](1[6-9]|2[01])|\bage (?:of )?(1[6-9]|2[01])\b"
    r"|\b(1[6-9]|2[01]) (?:and|or) older",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")


def age_limits(text: str) -> set[str]:
    return {age for match in AGE.findall(text) for age in match if age}


def word_runs(text: str) -> list[list[str]]:
    """Runs of words; allowlisted names and numbers (no letters) break a run."""
    lowered = text.lower()
    for name in NAME_ALLOWLIST:
        lowered = lowered.replace(name, " | ")
    runs: list[list[str]] = [[]]
    for token in re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*|\|", lowered):
        if token == "|" or not re.search(r"[a-z]", token):
            runs.append([])
        else:
            runs[-1].append(token)
    return [run for run in runs if run]


def shared_runs(a: str, b: str, n: int = RUN) -> set[tuple[str, ...]]:
    def grams(text: str) -> set[tuple[str, ...]]:
        return {tuple(r[i : i + n]) for r in word_runs(text) for i in range(len(r) - n + 1)}

    return grams(a) & grams(b)


def test_every_row_has_a_summary_and_no_strays() -> None:
    assert len(CELLS) == len(load().rows)
    assert sorted(SUMMARIES) == CODES


@pytest.mark.parametrize("code", CODES)
def test_source_sha1_matches_the_packaged_cell(code: str) -> None:
    assert SUMMARIES[code].source_sha1 == cell_sha1(CELLS[code]), f"summary out of date: {code}"


@pytest.mark.parametrize("code", CODES)
def test_summary_is_in_our_own_words(code: str) -> None:
    summary, cell = SUMMARIES[code].text, CELLS[code]
    assert summary != " ".join(cell.split())
    assert not shared_runs(summary, cell), sorted(" ".join(r) for r in shared_runs(summary, cell))


@pytest.mark.parametrize("code", CODES)
def test_summary_names_no_seller_and_does_not_promote(code: str) -> None:
    lowered = SUMMARIES[code].text.lower()
    for host in commercial_hosts():
        brand = host.rsplit(".", 1)[0]
        assert (
            host not in lowered and brand not in lowered and brand.replace("-", " ") not in lowered
        )
    assert not PROMOTIONAL.search(lowered), PROMOTIONAL.findall(lowered)
    assert "vendor" not in lowered


@pytest.mark.parametrize("code", CODES)
def test_age_limits_and_every_number_are_kept(code: str) -> None:
    summary, cell = SUMMARIES[code].text, CELLS[code]
    ages = age_limits(cell)
    row = load().get(code)
    assert row is not None
    if row.min_age is not None:
        ages.add(str(row.min_age))
    summary_numbers = set(NUMBER.findall(summary))
    assert ages <= summary_numbers, ages - summary_numbers
    # Dates, thresholds, bill numbers and penalties all carry over unchanged.
    assert set(NUMBER.findall(cell)) <= summary_numbers, set(NUMBER.findall(cell)) - summary_numbers


@pytest.mark.parametrize("code", CODES)
def test_caveats_are_kept(code: str) -> None:
    summary, cell = SUMMARIES[code].text.lower(), CELLS[code].lower()
    for word, kept in (("pending", "pending"), ("confirm", "confirm"), ("unclear", "unclear")):
        if word in cell:
            assert kept in summary, (word, code)
    if re.search(r"vendor (?:site|source)|a vendor gives", cell):
        assert "unconfirmed" in summary


def test_age_pattern_reads_the_reference_forms() -> None:
    assert age_limits("no sales to under-18s; 21+; age 21; 18 and older") == {"18", "21"}
    assert age_limits("six deaths in 18 months; MGM-16; 2021-08-24") == set()


def test_shown_requirements_are_the_summaries() -> None:
    for row in load().rows:
        assert row.requirements == SUMMARIES[row.code].text
    text = lookup("Texas", today=date(2026, 11, 25)).requirements
    assert f"Texas: {SUMMARIES['US-TX'].text}" in text
    assert CELLS["US-TX"] not in text


def test_cli_json_requirements_are_the_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    from kratomwise.cli.main import invoke

    assert invoke(["law", "US-CO:denver", "--format", "json"]) == 0
    requirements = json.loads(capsys.readouterr().out)["requirements"]
    assert SUMMARIES["US-CO:denver"].text in requirements
    assert CELLS["US-CO:denver"] not in requirements


@pytest.mark.django_db
def test_api_and_page_show_the_summaries(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/law/TH").json()
    assert doc["requirements"] == f"Thailand: {SUMMARIES['TH'].text}"
    html = client.get("/law/TH/").content.decode()
    assert "Kratom Plant Act you may grow" in html
    assert "The Kratom Plant Act allows growing" not in html  # the reference's wording


# --- a refreshed reference -------------------------------------------------------------------


def refreshed(code: str, new_cell: str) -> str:
    """The packaged CSV with one requirements cell replaced (as a refresh would do)."""
    records = list(csv.DictReader(io.StringIO(packaged_text(), newline="")))
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for record in records:
        if record["jurisdiction_code"] == code:
            record["requirements"] = new_cell
        writer.writerow(record)
    return out.getvalue()


def test_changed_cell_is_reported_by_validate_csv() -> None:
    errors = validate_csv(refreshed("US-TX", CELLS["US-TX"] + " A new rule applies."))
    assert len(errors) == 1
    assert "summary out of date for US-TX" in errors[0]
    assert cell_sha1(CELLS["US-TX"] + " A new rule applies.") in errors[0]


def test_changed_cell_fails_law_validate(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.cli.main import invoke

    path = tmp_path / "legal_status.csv"
    path.write_text(refreshed("TH", "Kratom rules changed."), encoding="utf-8")
    assert invoke(["law-validate", str(path)]) == 2
    assert "summary out of date for TH" in capsys.readouterr().err


def test_loader_still_loads_and_shows_the_old_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    import kratomwise.law.loader as loader

    monkeypatch.setattr(loader, "packaged_text", lambda: refreshed("US-TX", "Changed text."))
    data = loader.load.__wrapped__()
    row = data.get("US-TX")
    assert row is not None and row.requirements == SUMMARIES["US-TX"].text


def test_row_without_summary_is_an_error_and_shows_nothing() -> None:
    summaries = {code: s for code, s in SUMMARIES.items() if code != "GB"}
    checked = check_csv(packaged_text(), summaries)
    assert [e for e in checked.errors if "no summary for GB" in e] == list(checked.errors)
    row = next(row for row in checked.rows if row.code == "GB")
    assert row.requirements == ""


def test_summary_file_shape_is_checked() -> None:
    assert parse_summaries("") == {}
    good = f'"TH":\n  summary: "Plain words."\n  source_sha1: {"a" * 40}\n'
    assert parse_summaries(good) == {"TH": Summary("Plain words.", "a" * 40)}
    for bad in ("- a list", '"TH": {summary: "", source_sha1: x}', '"TH": {summary: "x"}', "a: [b"):
        with pytest.raises(ValueError):
            parse_summaries(bad)


def test_long_summaries_have_a_shorter_brief() -> None:
    from kratomwise.law.summaries import LONG_SUMMARY_WORDS

    for code, summary in SUMMARIES.items():
        words = len(summary.text.split())
        if words > LONG_SUMMARY_WORDS:
            assert summary.brief, f"{code}: {words}-word summary needs a brief"
        if summary.brief:
            assert len(summary.brief.split()) <= 60, code
            assert len(summary.brief) < len(summary.text), code


def test_brief_reaches_the_row() -> None:
    row = load().get("US")
    assert row is not None
    assert row.requirements_brief == SUMMARIES["US"].brief
    assert row.requirements == SUMMARIES["US"].text
