"""Every core text is translated when it is read, never bound at import or cached in English.

A pseudo-language wraps each text that goes through ``_()`` or ``ngettext`` in ⟦…⟧. Each core
call is made once in English first (filling any cache), then under the pseudo-language: every
user-facing text must come out wrapped.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from kratomwise import i18n
from kratomwise.assess import INSTRUMENTS, score
from kratomwise.assess.triage import LEVEL_LABELS, codes_by_group, triage
from kratomwise.claims.checker import check_text
from kratomwise.interactions import check, class_info, label
from kratomwise.knowledge import get_fact
from kratomwise.knowledge import resources as res
from kratomwise.law import lookup_code
from kratomwise.usage import Settings, analyze
from tests.usage.helpers import TODAY, day, use


class Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"⟦{msgid1 if n == 1 else msgid2}⟧"


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable[[], object]], object]]:
    monkeypatch.setattr(i18n, "_translations", lambda language, localedir: Pseudo())

    def twice(call: Callable[[], object]) -> object:
        call()  # English first: an import-time or cached translation would stick
        with i18n.use_language("th"):
            return call()

    yield twice


def test_triage(pseudo) -> None:  # type: ignore[no-untyped-def]
    result = pseudo(lambda: triage(["slow_or_stopped_breathing", "pregnant", "anxiety"], "TH"))
    assert all(a.text.startswith("⟦") for a in result.advice_items)
    assert all(r.title.startswith("⟦") for r in result.fired_rules)
    assert pseudo(lambda: LEVEL_LABELS["urgent"]) == "⟦Urgent: get medical care today⟧"
    labels = pseudo(lambda: [(g[1], *(c.label for c in g[2])) for g in codes_by_group()])
    assert all(text.startswith("⟦") for group in labels for text in group)


def test_instruments(pseudo) -> None:  # type: ignore[no-untyped-def]
    sows = pseudo(lambda: INSTRUMENTS["sows"])
    texts = [sows.name, sows.purpose, sows.recall, sows.stem, sows.licence, *sows.notes]
    texts += [i.text for i in sows.items] + [o.label for o in sows.items[0].options]
    texts += [b.label for b in sows.bands] + [b.interpretation for b in sows.bands]
    assert [t for t in texts if t and not t.startswith("⟦")] == []
    phq9 = pseudo(lambda: INSTRUMENTS["phq9"])
    assert phq9.items == INSTRUMENTS["phq9"].items  # verbatim: English items
    assert phq9.items_note.startswith("⟦The questions are shown in English")
    result = pseudo(lambda: score("phq9", [0] * 8 + [1]))
    assert result.interpretation.startswith("⟦You said you have had thoughts")
    assert result.band_label == "⟦none or minimal⟧"


def test_interactions(pseudo) -> None:  # type: ignore[no-untyped-def]
    report = pseudo(lambda: check(["xanax"]))
    pair = report.pairs[0]
    assert pair.mechanism.startswith("⟦") and all(a.startswith("⟦") for a in pair.advice)
    assert pseudo(lambda: label("dangerous")).startswith("⟦")
    info = pseudo(lambda: class_info("benzodiazepine"))
    assert info.label.startswith("⟦") and info.description.startswith("⟦")


def test_facts_resources_and_law(pseudo) -> None:  # type: ignore[no-untyped-def]
    fact = get_fact("DEP-08")
    assert pseudo(lambda: fact.text).startswith("⟦In 395 people")
    assert pseudo(lambda: fact.evidence_label) == "⟦Survey⟧"
    thai_line = next(r for r in res.for_country("TH") if r.notes)
    assert pseudo(lambda: thai_line.note).startswith("⟦")
    assert pseudo(lambda: thai_line.name_text).startswith("⟦")
    us_line = next(r for r in res.for_country("US") if r.notes)
    assert pseudo(lambda: us_line.note) == us_line.notes  # not in data.po: English, said so
    assert pseudo(lambda: us_line.texts_translated) is False
    assert pseudo(lambda: us_line.name_text) == us_line.name
    thailand = lookup_code("TH", today=date(2040, 1, 1))
    assert pseudo(lambda: thailand.all_notes[-1]).startswith("⟦Check current law.")
    assert pseudo(lambda: thailand.narrowest.summary).startswith("⟦")
    texas = lookup_code("US-TX", today=date(2040, 1, 1)).narrowest
    assert pseudo(lambda: texas.summary) == texas.requirements


def test_usage_signals(pseudo) -> None:  # type: ignore[no-untyped-def]
    entries = [use(day(k)) for k in range(14)]
    result = pseudo(lambda: analyze(entries, Settings(), TODAY, checker=None))
    assert result.signals
    assert all(s.explanation.startswith("⟦") for s in result.signals)


def test_claim_checker_reasons(pseudo) -> None:  # type: ignore[no-untyped-def]
    report = pseudo(lambda: check_text("Kratom cures cancer. Kratom is an opioid.", lines=True))
    reasons = [s.reason for s in report.sentences]
    assert reasons and all(r.startswith("⟦") for r in reasons)
