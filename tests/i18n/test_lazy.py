"""Core texts are translated when they are read, in the language of the call."""

from __future__ import annotations

import threading

import pytest

from kratomwise import i18n
from kratomwise.assess import INSTRUMENTS, score
from kratomwise.assess.triage import CODES, LEVEL_LABELS, codes_by_group, triage
from kratomwise.i18n import N_, Translated, _, get_language, ngettext, use_language
from kratomwise.knowledge import get_fact
from kratomwise.taper.units import Unit, unit_name

pytestmark = pytest.mark.usefixtures("fixture_catalogues")

THAI_CALL = "โทร 1669 ทันที และอยู่กับผู้ป่วยจนกว่าความช่วยเหลือจะมาถึง"


def test_the_same_core_call_gives_english_then_thai() -> None:
    english = triage(["slow_or_stopped_breathing"], "TH").advice[0]
    with use_language("th"):
        thai = triage(["slow_or_stopped_breathing"], "TH").advice[0]
    assert english == "Call 1669 now and stay with the person until help arrives."
    assert thai == THAI_CALL
    assert triage(["slow_or_stopped_breathing"], "TH").advice[0] == english


def test_labels_defined_at_import_are_translated_when_read() -> None:
    with use_language("th"):
        assert LEVEL_LABELS["emergency"] == "ฉุกเฉิน: โทรขอความช่วยเหลือทันที"
        assert CODES["slow_or_stopped_breathing"] == "หายใจช้ามาก ตื้น ไม่สม่ำเสมอ หรือหยุดหายใจ"
        assert codes_by_group()[0][1] == "การหายใจและการตื่น"
    assert LEVEL_LABELS["emergency"] == "Emergency: call for help now"
    assert codes_by_group()[0][1] == "Breathing and waking up"


def test_a_fuzzy_entry_is_not_used() -> None:
    with use_language("th"):
        assert LEVEL_LABELS["self_care"] == "Look after yourself at home and keep watch"


def test_fact_text_and_evidence_label_follow_the_language_but_the_statement_stays_english() -> None:
    fact = get_fact("DEP-08")
    with use_language("th"):
        assert fact.text.startswith("ในผู้ใช้กระท่อม 395 คน")
        assert fact.as_dict()["statement"] == fact.text
        assert fact.statement.startswith("In 395 people")  # what the checker compares against
    assert fact.text == fact.statement


def test_plural_forms_follow_the_language() -> None:
    with use_language("es"):
        assert unit_name(Unit.CAPSULE, 1) == "cápsula"
        assert unit_name(Unit.CAPSULE, 6) == "cápsulas"
        assert ngettext("capsule", "capsules", 2) == "cápsulas"
    with use_language("th"):
        assert unit_name(Unit.CAPSULE, 6) == "แคปซูล"
    assert unit_name(Unit.CAPSULE, 1) == "capsule"
    assert unit_name(Unit.CAPSULE, 2) == "capsules"


def test_untranslated_text_stays_english_and_the_empty_text_stays_empty() -> None:
    with use_language("th"):
        assert _("A text no catalogue has") == "A text no catalogue has"
        assert _("") == ""


def test_the_marker_returns_its_text_unchanged() -> None:
    with use_language("th"):
        assert N_("Get help now") == "Get help now"
        assert _("Get help now") == "ขอความช่วยเหลือทันที"


def test_translated_mapping_keeps_msgids() -> None:
    labels = Translated({"help": "Get help now"})
    with use_language("th"):
        assert dict(labels) == {"help": "ขอความช่วยเหลือทันที"}
    assert labels.msgid("help") == "Get help now"
    assert list(labels) == ["help"] and len(labels) == 1


def test_use_language_restores_the_previous_language_and_rejects_unknown_codes() -> None:
    assert get_language() == "en"
    with use_language("th"), use_language("es"):
        assert get_language() == "es"
    assert get_language() == "en"
    with pytest.raises(i18n.UnknownLanguage), use_language("xx"):
        pass


def test_each_thread_keeps_its_own_language() -> None:
    seen: dict[str, str] = {}

    def other() -> None:
        seen["other"] = LEVEL_LABELS["emergency"]

    with use_language("th"):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        seen["main"] = LEVEL_LABELS["emergency"]
    assert seen == {"other": "Emergency: call for help now", "main": "ฉุกเฉิน: โทรขอความช่วยเหลือทันที"}


def test_set_language_takes_locale_names_and_falls_back_to_english() -> None:
    token = i18n.set_language("th-TH")
    try:
        assert get_language() == "th"
    finally:
        i18n.reset_language(token)
    token = i18n.set_language("de")
    try:
        assert get_language() == "en"
    finally:
        i18n.reset_language(token)


def test_verbatim_instruments_keep_english_items_with_a_note_in_the_page_language() -> None:
    english = INSTRUMENTS["phq9"]
    with use_language("th"):
        thai = INSTRUMENTS["phq9"]
    assert english.items_note == ""
    assert thai.items == english.items  # verbatim: never paraphrased
    assert thai.stem == english.stem
    assert thai.items_note.startswith("The questions are shown in English")  # no Thai yet here
    assert thai.translation_source == ""


def test_scoring_reads_the_instrument_in_the_active_language() -> None:
    with use_language("th"):
        result = score("gad7", [0] * 7)
    assert result.band == "minimal"
    assert result.total == 0
